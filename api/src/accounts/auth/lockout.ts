import type { Database } from '../../db/database';
import type { SecuritySettings } from '../../config';
import { countFailure as countFailureRow, resetFailures } from './credentials-repository';

type LockoutSettings = Pick<SecuritySettings, 'lockoutThreshold' | 'lockoutMinutes'>;

/** "14:35" in France, rounded up to the minute: the account is free again at that time. */
export function parisTime(date: Date): string {
  const rounded = new Date(Math.ceil(date.getTime() / 60_000) * 60_000);
  return new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(rounded);
}

export function lockedMessage(threshold: number, lockedUntil: Date): string {
  return `Compte verrouillé après ${threshold} échecs : réessayez après ${parisTime(lockedUntil)} ou contactez votre administrateur.`;
}

/** Counts one more consecutive failure; answers the lock's end when this failure locks. */
export const countFailure = (db: Database, settings: LockoutSettings, userId: string): Promise<Date | null> =>
  countFailureRow(db, userId, settings.lockoutThreshold, settings.lockoutMinutes);

export { resetFailures };
