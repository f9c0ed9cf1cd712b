import type { Sequelize } from 'sequelize';
import { handleBlindEmailRequest, type BlindEmailRequest } from '../http/blind-email-request';
import { createTrackingToken } from './tracking-token';
import { trackingUrlFor } from '../saisines/accuse-reception/data';
import { enqueueTrackingLinksMail } from '../mail/sender-mails';

/** The same answer whether or not the address sent anything: it tells nobody who uses the service. */
export const LIENS_DE_SUIVI_ANSWER = {
  message:
    'Si des saisines ont été envoyées depuis cette adresse au cours des 24 derniers mois, un courriel contenant leurs liens de suivi vient de lui être adressé.',
};

const LINKS_REQUEST: BlindEmailRequest = {
  scope: 'liens-de-suivi',
  emailHint: 'Saisissez l’adresse électronique professionnelle utilisée pour la saisine.',
  tooMany: 'Trop de demandes de liens de suivi : réessayez plus tard.',
  perAddress: { limit: 3, minutes: 60 },
  perIp: { limit: 30, minutes: 60 },
  minAnswerMs: 300,
};
const MAX_REFERRALS = 100;

/**
 * "Lost my link": the referrals sent from this address over the last 24 months, each with a NEW
 * tracking link (the old ones keep working), in one mail written to the outbox.
 */
export async function requestTrackingLinks(sequelize: Sequelize, publicUrl: string, body: unknown, ip: string) {
  await handleBlindEmailRequest(sequelize, LINKS_REQUEST, body, ip, (email) =>
    sequelize.transaction(async (t) => {
      const [rows] = await sequelize.query(
        `SELECT s.id, s.reference, s.received_at, s.sender_email, j.nom AS juridiction_nom
         FROM saisines s JOIN juridictions j ON j.id = s.juridiction_id
         WHERE lower(s.sender_email) = :email AND s.received_at > now() - interval '24 months'
         ORDER BY s.received_at DESC LIMIT ${MAX_REFERRALS}`,
        { replacements: { email }, transaction: t },
      );
      const saisines = rows as Array<{ id: string; reference: string; received_at: Date; sender_email: string; juridiction_nom: string }>;
      if (saisines.length === 0) return;
      const links = [];
      for (const saisine of saisines) {
        const { token, hash } = createTrackingToken();
        await sequelize.query('INSERT INTO suivi_tokens (token_hash, saisine_id) VALUES (:hash, :id)', {
          replacements: { hash, id: saisine.id },
          transaction: t,
        });
        links.push({
          reference: saisine.reference,
          receivedAt: saisine.received_at,
          juridictionNom: saisine.juridiction_nom,
          trackingUrl: trackingUrlFor(publicUrl, token),
        });
      }
      await enqueueTrackingLinksMail(sequelize, t, saisines[0].sender_email, links);
    }),
  );
  return LIENS_DE_SUIVI_ANSWER;
}
