import type { Database } from '../db/database';
import { handleBlindEmailRequest, type BlindEmailRequest } from '../http/blind-email-request';
import { createTrackingToken } from './tracking-token';
import { trackingUrlFor } from '../saisines/accuse-reception/data';
import { enqueueTrackingLinksMail } from '../mail/sender-mails';
import { insertTrackingToken, referralsSentFrom } from './suivi-repository';

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
export async function requestTrackingLinks(db: Database, publicUrl: string, body: unknown, ip: string) {
  await handleBlindEmailRequest(db, LINKS_REQUEST, body, ip, (email) =>
    db.transaction(async (t) => {
      const saisines = await referralsSentFrom(db, t, email, MAX_REFERRALS);
      if (saisines.length === 0) return;
      const links = [];
      for (const saisine of saisines) {
        const { token, hash } = createTrackingToken();
        await insertTrackingToken(db, t, saisine.id, hash);
        links.push({
          reference: saisine.reference,
          receivedAt: saisine.receivedAt,
          juridictionNom: saisine.juridictionNom,
          trackingUrl: trackingUrlFor(publicUrl, token),
        });
      }
      await enqueueTrackingLinksMail(db, t, saisines[0].senderEmail, links);
    }),
  );
  return LIENS_DE_SUIVI_ANSWER;
}
