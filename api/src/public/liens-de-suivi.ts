import type { Sequelize } from 'sequelize';
import { setTimeout as delay } from 'node:timers/promises';
import { AppError } from '../http/app-error';
import { take, throttleKey } from '../auth/login-throttle';
import { createTrackingToken } from '../saisines/tracking-token';
import { trackingUrlFor } from '../accuse-reception/data';
import { enqueueTrackingLinksMail } from '../outbox/sender-mails';

/** The same answer whether or not the address sent anything: it tells nobody who uses the service. */
export const LIENS_DE_SUIVI_ANSWER = {
  message:
    'Si des saisines ont été envoyées depuis cette adresse au cours des 24 derniers mois, un courriel contenant leurs liens de suivi vient de lui être adressé.',
};

const PER_ADDRESS = { limit: 3, minutes: 60 };
const PER_IP = { limit: 30, minutes: 60 };
/** Every answer takes at least this long, so that the time says nothing of the address either. */
const MIN_ANSWER_MS = 300;
const MAX_REFERRALS = 100;
const EMAIL = /^[^\s@]+@[^\s@]+$/;

function parseEmail(body: unknown): string {
  const email = (body as { email?: unknown } | null)?.email;
  if (typeof email !== 'string' || !EMAIL.test(email.trim()) || email.trim().length > 320) {
    throw AppError.badRequest('Adresse électronique invalide.', { email: 'Saisissez l’adresse électronique professionnelle utilisée pour la saisine.' });
  }
  return throttleKey(email);
}

/** Fixed windows in PostgreSQL (shared by every API process), per address and per IP. */
async function throttle(sequelize: Sequelize, email: string, ip: string): Promise<void> {
  const retry = await sequelize.transaction(async (t) => {
    const perAddress = await take(sequelize, t, 'liens-de-suivi', email, PER_ADDRESS.limit, PER_ADDRESS.minutes);
    if (perAddress !== null) return perAddress;
    return take(sequelize, t, `liens-de-suivi:${ip}`, '', PER_IP.limit, PER_IP.minutes);
  });
  if (retry !== null) {
    throw AppError.tooManyRequests('Trop de demandes de liens de suivi : réessayez plus tard.', retry);
  }
}

/**
 * "Lost my link": the referrals sent from this address over the last 24 months, each with a NEW
 * tracking link (the old ones keep working), in one mail written to the outbox.
 */
export async function requestTrackingLinks(sequelize: Sequelize, publicUrl: string, body: unknown, ip: string) {
  const started = Date.now();
  const email = parseEmail(body);
  await throttle(sequelize, email, ip);
  await sequelize.transaction(async (t) => {
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
  });
  await delay(Math.max(0, MIN_ANSWER_MS - (Date.now() - started)));
  return LIENS_DE_SUIVI_ANSWER;
}
