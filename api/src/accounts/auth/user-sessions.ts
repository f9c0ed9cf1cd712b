import type { Database, Transaction } from '../../db/database';
import { recordSecurityEvent, type RequestOrigin } from '../security/security-log';
import { deleteUserSessions } from './credentials-repository';

/**
 * Ends every session of a user (rows of connect-pg-simple's `sessions` table, whose `sess` holds
 * the user id, or `pendingUserId` while half signed in), but `exceptSid` if given. Their next request is anonymous. Answers how many ended.
 */
export async function endUserSessions(
  db: Database,
  userId: string,
  options: { exceptSid?: string; transaction?: Transaction } = {},
): Promise<number> {
  return deleteUserSessions(db, userId, options.exceptSid ?? '', options.transaction);
}

export interface UserAccess {
  id: string;
  email: string;
  role: string;
  juridictionId: string | null;
  active: boolean;
}

/**
 * To call after an administrator changes a user: a change of role or court is logged
 * (`role_changed`), and any change of role, court or activation ends the user's sessions, so that
 * the new rights (or the deactivation) apply at once, whatever process served them.
 */
export async function applyAccessChange(
  db: Database,
  change: { before: UserAccess; after: UserAccess; by: { id: string; email: string }; origin: RequestOrigin },
  transaction?: Transaction,
): Promise<{ sessionsEnded: number }> {
  const { before, after, by, origin } = change;
  const rightsChanged = before.role !== after.role || before.juridictionId !== after.juridictionId;
  if (rightsChanged) {
    await recordSecurityEvent(
      db,
      origin,
      {
        type: 'role_changed',
        userId: after.id,
        email: after.email,
        details: {
          from: { role: before.role, juridictionId: before.juridictionId },
          to: { role: after.role, juridictionId: after.juridictionId },
          byUserId: by.id,
          byEmail: by.email,
        },
      },
      transaction,
    );
  }
  if (!rightsChanged && before.active === after.active) return { sessionsEnded: 0 };
  return { sessionsEnded: await endUserSessions(db, after.id, { transaction }) };
}
