import type { Database } from '../db/database';
import { setTimeout as delay } from 'node:timers/promises';
import { isValidEmail } from '@info-parquet/common';
import { AppError } from './app-error';
import { throttleKey } from '../accounts/auth/login-throttle';
import { take } from '../accounts/auth/throttle-repository';

export interface BlindEmailRequest {
  /** Names the request's counters in `login_throttles`. */
  scope: string;
  /** What the field's error says to type. */
  emailHint: string;
  /** The 429's message. */
  tooMany: string;
  perAddress: { limit: number; minutes: number };
  perIp: { limit: number; minutes: number };
  /** Every answer takes at least this long, so that the time says nothing of the address. */
  minAnswerMs: number;
}

/**
 * A request by e-mail address whose answer must not tell whether the address is known ("lost my
 * link", "forgot my password"): the address checked, counted per address and per IP in
 * PostgreSQL (shared by every API process), `work` done, and the answer held to a minimum time.
 */
export async function handleBlindEmailRequest(
  db: Database,
  request: BlindEmailRequest,
  body: unknown,
  ip: string,
  work: (email: string) => Promise<void>,
): Promise<void> {
  const started = Date.now();
  const typed = (body as { email?: unknown } | null)?.email;
  if (!isValidEmail(typed)) {
    throw AppError.badRequest('Adresse électronique invalide.', { email: request.emailHint });
  }
  const email = throttleKey(typed);
  const retry = await db.transaction(async (t) => {
    const perAddress = await take(db, t, request.scope, email, request.perAddress.limit, request.perAddress.minutes);
    if (perAddress !== null) return perAddress;
    return take(db, t, `${request.scope}:${ip}`, '', request.perIp.limit, request.perIp.minutes);
  });
  if (retry !== null) throw AppError.tooManyRequests(request.tooMany, retry);
  await work(email);
  await delay(Math.max(0, request.minAnswerMs - (Date.now() - started)));
}
