import type { Database, Transaction } from '../../db/database';
import type { SecuritySettings } from '../../config';
import { deleteAccountCounters, releaseUnits, take } from './throttle-repository';

/**
 * Sign-in rate limits in PostgreSQL, so that every API process shares them: fixed windows of
 * `loginWindowMinutes`, one counter per IP (email = '') and one per IP and typed address.
 * A sign-in reserves one unit of both before the password is checked (so a burst of parallel
 * attempts cannot slip through) and a successful one gives it back: only failures count.
 */
type ThrottleSettings = Pick<SecuritySettings, 'loginWindowMinutes' | 'loginMaxPerAccount' | 'loginMaxPerIp'>;

export type Reservation = { allowed: true } | { allowed: false; retryAfterSeconds: number; scope: 'ip' | 'account' };

class Refused extends Error {
  constructor(readonly reservation: Reservation) {
    super('refused');
  }
}

const MAX_KEY_LENGTH = 320;
export const throttleKey = (email: string) => email.trim().toLowerCase().slice(0, MAX_KEY_LENGTH);

export async function reserveAttempt(db: Database, settings: ThrottleSettings, ip: string, email: string): Promise<Reservation> {
  const minutes = settings.loginWindowMinutes;
  try {
    await db.transaction(async (transaction) => {
      const account = await take(db, transaction, ip, throttleKey(email), settings.loginMaxPerAccount, minutes);
      if (account !== null) throw new Refused({ allowed: false, retryAfterSeconds: account, scope: 'account' });
      const perIp = await take(db, transaction, ip, '', settings.loginMaxPerIp, minutes);
      if (perIp !== null) throw new Refused({ allowed: false, retryAfterSeconds: perIp, scope: 'ip' });
    });
  } catch (error) {
    // The transaction rolled back: a refused attempt takes nothing.
    if (error instanceof Refused) return error.reservation;
    throw error;
  }
  return { allowed: true };
}

/** After a successful sign-in: the account's counter restarts and the IP gets its unit back. */
export async function releaseAttempt(db: Database, ip: string, email: string): Promise<void> {
  await db.transaction((transaction) => releaseUnits(db, transaction, ip, throttleKey(email)));
}

/** An administrator's unlock also lifts the per-account limits, from every address. */
export const clearAccountThrottles = (db: Database, email: string, transaction?: Transaction): Promise<void> =>
  deleteAccountCounters(db, throttleKey(email), transaction);
