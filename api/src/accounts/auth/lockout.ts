import type { Database } from '../../db/database';
import type { SecuritySettings } from '../../config';

type LockoutSettings = Pick<SecuritySettings, 'lockoutThreshold' | 'lockoutMinutes'>;

/** "14:35" in France, rounded up to the minute: the account is free again at that time. */
export function parisTime(date: Date): string {
  const rounded = new Date(Math.ceil(date.getTime() / 60_000) * 60_000);
  return new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(rounded);
}

export function lockedMessage(threshold: number, lockedUntil: Date): string {
  return `Compte verrouillé après ${threshold} échecs : réessayez après ${parisTime(lockedUntil)} ou contactez votre administrateur.`;
}

/**
 * Counts one more consecutive failure, in one UPDATE so that parallel failures all count.
 * A lock that has expired starts a new series. Answers the lock's end when this failure locks.
 */
export async function countFailure(db: Database, settings: LockoutSettings, userId: string): Promise<Date | null> {
  const [rows] = await db.query(
    `UPDATE users SET
       failed_login_count = CASE WHEN locked_until <= now() THEN 1 ELSE failed_login_count + 1 END,
       locked_until = CASE WHEN (CASE WHEN locked_until <= now() THEN 1 ELSE failed_login_count + 1 END) >= :threshold
                           THEN now() + make_interval(mins => :minutes) ELSE NULL END
     WHERE id = :userId
     RETURNING locked_until`,
    { replacements: { userId, threshold: settings.lockoutThreshold, minutes: settings.lockoutMinutes } },
  );
  const [row] = rows as Array<{ locked_until: Date | null }>;
  return row?.locked_until ?? null;
}

/** A successful sign-in ends the series of failures. */
export async function resetFailures(db: Database, userId: string): Promise<void> {
  await db.query(
    'UPDATE users SET failed_login_count = 0, locked_until = NULL, last_login_at = now() WHERE id = :userId',
    { replacements: { userId } },
  );
}
