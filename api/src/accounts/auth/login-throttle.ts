import type { Database, Transaction } from '../../db/database';
import type { SecuritySettings } from '../../config';

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

/**
 * Takes one unit of the (ip, email) counter in a fixed window; null when allowed, otherwise the
 * seconds until the window ends. Other public limits reuse it with their own `ip` scope.
 */
export async function take(db: Database, transaction: Transaction, ip: string, email: string, limit: number, minutes: number) {
  const [rows] = await db.query(
    `INSERT INTO login_throttles AS t (ip, email, window_start, failures) VALUES (:ip, :email, now(), 1)
     ON CONFLICT (ip, email) DO UPDATE SET
       window_start = CASE WHEN t.window_start <= now() - make_interval(mins => :minutes) THEN now() ELSE t.window_start END,
       failures = CASE WHEN t.window_start <= now() - make_interval(mins => :minutes) THEN 1 ELSE t.failures + 1 END
     WHERE t.window_start <= now() - make_interval(mins => :minutes) OR t.failures < :limit
     RETURNING failures`,
    { transaction, replacements: { ip, email, limit, minutes } },
  );
  if (rows.length > 0) return null;
  const [[row]] = (await db.query(
    `SELECT greatest(1, ceil(extract(epoch FROM window_start + make_interval(mins => :minutes) - now())))::int AS retry
     FROM login_throttles WHERE ip = :ip AND email = :email`,
    { transaction, replacements: { ip, email, minutes } },
  )) as [[{ retry: number }], unknown];
  return row.retry;
}

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
  const replacements = { ip, email: throttleKey(email) };
  await db.transaction(async (transaction) => {
    await db.query('DELETE FROM login_throttles WHERE ip = :ip AND email = :email', { replacements, transaction });
    await db.query("UPDATE login_throttles SET failures = greatest(failures - 1, 0) WHERE ip = :ip AND email = ''", { replacements, transaction });
    await db.query("DELETE FROM login_throttles WHERE window_start < now() - interval '1 day'", { transaction });
  });
}

/** An administrator's unlock also lifts the per-account limits, from every address. */
export async function clearAccountThrottles(db: Database, email: string, transaction?: Transaction): Promise<void> {
  await db.query('DELETE FROM login_throttles WHERE email = :email', {
    transaction,
    replacements: { email: throttleKey(email) },
  });
}
