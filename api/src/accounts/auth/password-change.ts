import type { Database } from '../../db/database';
import { passwordChangeSchema } from '@info-parquet/common';
import { validateBody } from '../../http/validate-body';
import { AppError } from '../../http/app-error';
import { recordSecurityEvent, type RequestOrigin } from '../security/security-log';
import { hashPassword, verifyPassword } from './passwords';
import { findPasswordHash, setPasswordHash } from './credentials-repository';
import { endUserSessions } from './user-sessions';

/**
 * Changes the signed-in user's own password under the shared policy. The other sessions of the
 * user end (whoever had the old password is out); the current one stays.
 */
export async function changeOwnPassword(
  db: Database,
  user: { id: string; email: string },
  body: unknown,
  current: { sid: string; origin: RequestOrigin },
): Promise<{ sessionsEnded: number }> {
  const input = await validateBody(passwordChangeSchema, body ?? {}, {
    message: 'Le mot de passe n’a pas été modifié. Corrigez les champs indiqués.',
    context: { email: user.email },
    unknownFields: 'ignore',
  });
  if (!(await verifyPassword(await findPasswordHash(db, user.id), input.currentPassword))) {
    throw AppError.badRequest('Le mot de passe n’a pas été modifié. Corrigez les champs indiqués.', {
      currentPassword: 'Mot de passe actuel incorrect.',
    });
  }
  const passwordHash = await hashPassword(input.newPassword);
  return db.transaction(async (transaction) => {
    await setPasswordHash(db, transaction, user.id, passwordHash);
    const sessionsEnded = await endUserSessions(db, user.id, { exceptSid: current.sid, transaction });
    await recordSecurityEvent(
      db,
      current.origin,
      { type: 'password_changed', userId: user.id, email: user.email, details: { otherSessionsEnded: sessionsEnded } },
      transaction,
    );
    return { sessionsEnded };
  });
}
