import type { Database } from '../../db/database';
import type { CurrentUser } from '../../http/authenticate';
import { AppError } from '../../http/app-error';
import { UUID } from '../../http/uuid';
import { clearAccountThrottles } from '../auth/login-throttle';
import { recordSecurityEvent, type RequestOrigin } from '../security/security-log';

/** The national administrator lifts a lock-out before its time; the security log says who and when. */
export async function unlockUser(db: Database, admin: CurrentUser, origin: RequestOrigin, id: string) {
  if (!UUID.test(id)) throw AppError.notFound('Utilisateur introuvable.');
  const unlocked = await db.transaction(async (transaction) => {
    const [rows] = await db.query(
      `UPDATE users u SET failed_login_count = 0, locked_until = NULL, updated_at = now()
       FROM (SELECT id, locked_until FROM users WHERE id = :id FOR UPDATE) previous
       WHERE u.id = previous.id
       RETURNING u.id, u.email, previous.locked_until AS was_locked_until`,
      { transaction, replacements: { id } },
    );
    const [row] = rows as Array<{ id: string; email: string; was_locked_until: Date | null }>;
    if (!row) throw AppError.notFound('Utilisateur introuvable.');
    await clearAccountThrottles(db, row.email, transaction);
    await recordSecurityEvent(
      db,
      origin,
      {
        type: 'account_unlocked',
        userId: row.id,
        email: row.email,
        details: { byUserId: admin.id, byEmail: admin.email, wasLockedUntil: row.was_locked_until },
      },
      transaction,
    );
    return row;
  });
  return { id: unlocked.id, email: unlocked.email, lockedUntil: null, failedLoginCount: 0 };
}
