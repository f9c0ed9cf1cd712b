import type { Database } from '../../db/database';
import type { CurrentUser } from '../../http/authenticate';
import { AppError } from '../../http/app-error';
import { UUID } from '../../http/uuid';
import { clearAccountThrottles } from '../auth/login-throttle';
import { recordSecurityEvent, type RequestOrigin } from '../security/security-log';
import { clearLockout } from './users-repository';

/** The national administrator lifts a lock-out before its time; the security log says who and when. */
export async function unlockUser(db: Database, admin: CurrentUser, origin: RequestOrigin, id: string) {
  if (!UUID.test(id)) throw AppError.notFound('Utilisateur introuvable.');
  const unlocked = await db.transaction(async (transaction) => {
    const row = await clearLockout(db, transaction, id);
    if (!row) throw AppError.notFound('Utilisateur introuvable.');
    await clearAccountThrottles(db, row.email, transaction);
    await recordSecurityEvent(
      db,
      origin,
      {
        type: 'account_unlocked',
        userId: row.id,
        email: row.email,
        details: { byUserId: admin.id, byEmail: admin.email, wasLockedUntil: row.wasLockedUntil },
      },
      transaction,
    );
    return row;
  });
  return { id: unlocked.id, email: unlocked.email, lockedUntil: null, failedLoginCount: 0 };
}
