import { databaseErrorCode, UNIQUE_VIOLATION, type Database, type Transaction } from '../../db/database';
import { USER_ACCOUNT_FIELDS, USER_ACCOUNT_MESSAGES, roleNeedsCourt, userAccountErrors, type UserAccountInput } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import type { CurrentUser } from '../../http/authenticate';
import { applyAccessChange } from '../auth/user-sessions';
import { activeCourtExists, emailTaken, insertUser, lockUserAccount, updateUserAccount } from './users-repository';
import { sendActivationLink } from '../auth/activation';
import { recordSecurityEvent, type RequestOrigin } from '../security/security-log';
import { UUID } from '../../http/uuid';

interface Actor {
  user: CurrentUser;
  origin: RequestOrigin;
}

/** Keeps only the fields an administrator writes, normalised (trimmed, no court for other roles). */
function pick(body: unknown): Partial<Record<keyof UserAccountInput, unknown>> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw AppError.badRequest('Corps de requête invalide.');
  const source = body as Record<string, unknown>;
  const picked: Partial<Record<keyof UserAccountInput, unknown>> = {};
  for (const field of USER_ACCOUNT_FIELDS) if (field in source) picked[field] = source[field];
  if (typeof picked.email === 'string') picked.email = picked.email.trim();
  if (typeof picked.displayName === 'string') picked.displayName = picked.displayName.trim();
  if (picked.juridictionId === '') picked.juridictionId = null;
  return picked;
}

async function validate(db: Database, account: Partial<Record<keyof UserAccountInput, unknown>>, transaction: Transaction) {
  const errors = userAccountErrors(account);
  if (!errors.juridictionId && roleNeedsCourt(account.role)) {
    if (!(await activeCourtExists(db, transaction, account.juridictionId))) errors.juridictionId = 'Juridiction inconnue ou inactive.';
  }
  if (Object.keys(errors).length) throw AppError.badRequest('Certains champs sont manquants ou invalides.', errors);
  return account as UserAccountInput;
}

async function ensureEmailFree(db: Database, email: string, exceptId: string | null, transaction: Transaction) {
  if (await emailTaken(db, transaction, email, exceptId)) throw AppError.conflict(USER_ACCOUNT_MESSAGES.emailTaken);
}

/** The unique index on lower(email) settles a race between two creations: a 409 too. */
function uniqueViolation(error: unknown): never {
  if (databaseErrorCode(error) === UNIQUE_VIOLATION) throw AppError.conflict(USER_ACCOUNT_MESSAGES.emailTaken);
  throw error;
}

/** Who creates an account: an administrator, or the command line (no user). */
export interface AccountCreator {
  origin: RequestOrigin;
  userId: string | null;
  email: string | null;
}

/**
 * Creates an account without a password: nobody but its owner ever knows a user's secret. The
 * owner sets it through the e-mailed activation link (returned too); until then nobody can sign in.
 */
export async function createAccount(db: Database, by: AccountCreator, fields: Partial<Record<keyof UserAccountInput, unknown>>, publicUrl: string) {
  return db.transaction(async (transaction) => {
    const account = await validate(db, { active: true, juridictionId: null, ...fields }, transaction);
    await ensureEmailFree(db, account.email, null, transaction);
    const id = await insertUser(db, transaction, account).catch(uniqueViolation);
    await recordSecurityEvent(
      db,
      by.origin,
      {
        type: 'user_created',
        userId: id,
        email: account.email,
        details: { from: null, to: { role: account.role, juridictionId: account.juridictionId, active: account.active }, byUserId: by.userId, byEmail: by.email },
      },
      transaction,
    );
    const activation = account.active ? await sendActivationLink(db, transaction, publicUrl, { id, email: account.email, displayName: account.displayName }) : null;
    return { id, activation };
  });
}

/** `POST /api/users`: an account created by the national administrator. */
export async function createUser(db: Database, actor: Actor, body: unknown, links: { publicUrl: string }): Promise<string> {
  const by = { origin: actor.origin, userId: actor.user.id, email: actor.user.email };
  return (await createAccount(db, by, pick(body), links.publicUrl)).id;
}

/** Changes an account; a change of role, court or activation ends its sessions and is logged. */
export async function updateUser(db: Database, actor: Actor, id: string, body: unknown): Promise<{ sessionsEnded: number }> {
  if (!UUID.test(id)) throw AppError.notFound('Utilisateur introuvable.');
  return db.transaction(async (transaction) => {
    const before = await lockUserAccount(db, transaction, id);
    if (!before) throw AppError.notFound('Utilisateur introuvable.');
    const after = await validate(db, { ...before, ...pick(body) }, transaction);
    if (id === actor.user.id && (after.role !== before.role || !after.active)) {
      throw AppError.conflict('Vous ne pouvez pas retirer vos propres droits ni désactiver votre propre compte.');
    }
    if (after.email.toLowerCase() !== before.email.toLowerCase()) await ensureEmailFree(db, after.email, id, transaction);
    await updateUserAccount(db, transaction, id, after).catch(uniqueViolation);
    if (after.active !== before.active) {
      await recordSecurityEvent(
        db,
        actor.origin,
        { type: after.active ? 'user_reactivated' : 'user_deactivated', userId: id, email: after.email, details: { byUserId: actor.user.id, byEmail: actor.user.email } },
        transaction,
      );
    }
    return applyAccessChange(
      db,
      { before, after: { ...after, id }, by: { id: actor.user.id, email: actor.user.email }, origin: actor.origin },
      transaction,
    );
  });
}
