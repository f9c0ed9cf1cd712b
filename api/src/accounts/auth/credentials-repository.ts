import type { SignedInUser } from '@info-parquet/common';
import type { Database, Transaction } from '../../db/database';

/**
 * Sign-in's SQL on `users`, `recovery_codes` and `sessions`: passwords, lock-out, second factor
 * and the sessions of an account. Rows in camelCase.
 */

/** What a sign-in needs to know of the account behind a typed address. */
export interface SignInAccount {
  id: string;
  email: string;
  role: string;
  passwordHash: string | null;
  active: boolean;
  lockedUntil: Date | null;
  locked: boolean;
  totpEnabled: boolean;
}

/** The second factor's view of an active account (sealed secrets, lock-out, password). */
export interface TotpAccount {
  id: string;
  email: string;
  role: string;
  locked: boolean;
  lockedUntil: Date | null;
  passwordHash: string | null;
  totpSecret: string | null;
  totpPendingSecret: string | null;
  totpEnabledAt: Date | null;
}

export async function findSignInAccount(db: Database, typedEmail: string): Promise<SignInAccount | undefined> {
  const [rows] = await db.query<SignInAccount>(
    `SELECT id, email, role, password_hash AS "passwordHash", active, locked_until AS "lockedUntil",
            coalesce(locked_until > now(), false) AS locked, totp_enabled_at IS NOT NULL AS "totpEnabled"
     FROM users WHERE lower(email) = :typedEmail`,
    { replacements: { typedEmail } },
  );
  return rows[0];
}

export async function findActiveAccountByEmail(
  db: Database,
  transaction: Transaction,
  email: string,
): Promise<{ id: string; email: string; displayName: string } | undefined> {
  const [rows] = await db.query<{ id: string; email: string; displayName: string }>(
    'SELECT id, email, display_name AS "displayName" FROM users WHERE lower(email) = :email AND active',
    { replacements: { email }, transaction },
  );
  return rows[0];
}

export async function findPasswordHash(db: Database, userId: string): Promise<string | null> {
  const [rows] = await db.query<{ passwordHash: string | null }>('SELECT password_hash AS "passwordHash" FROM users WHERE id = :userId', {
    replacements: { userId },
  });
  return rows[0]?.passwordHash ?? null;
}

/** A new password; `unlock` also ends a lock-out (a reset by e-mail proves the owner). */
export async function setPasswordHash(db: Database, transaction: Transaction, userId: string, passwordHash: string, unlock = false): Promise<void> {
  await db.query(
    `UPDATE users SET password_hash = :passwordHash, password_changed_at = now(), updated_at = now()
       ${unlock ? ', failed_login_count = 0, locked_until = NULL' : ''}
     WHERE id = :userId`,
    { replacements: { passwordHash, userId }, transaction },
  );
}

/**
 * Counts one more consecutive failure, in one UPDATE so that parallel failures all count. A lock
 * that has expired starts a new series. Answers the lock's end when this failure locks.
 */
export async function countFailure(db: Database, userId: string, threshold: number, minutes: number): Promise<Date | null> {
  const [rows] = await db.query<{ lockedUntil: Date | null }>(
    `UPDATE users SET
       failed_login_count = CASE WHEN locked_until <= now() THEN 1 ELSE failed_login_count + 1 END,
       locked_until = CASE WHEN (CASE WHEN locked_until <= now() THEN 1 ELSE failed_login_count + 1 END) >= :threshold
                           THEN now() + make_interval(mins => :minutes) ELSE NULL END
     WHERE id = :userId
     RETURNING locked_until AS "lockedUntil"`,
    { replacements: { userId, threshold, minutes } },
  );
  return rows[0]?.lockedUntil ?? null;
}

/** A successful sign-in ends the series of failures. */
export async function resetFailures(db: Database, userId: string): Promise<void> {
  await db.query('UPDATE users SET failed_login_count = 0, locked_until = NULL, last_login_at = now() WHERE id = :userId', {
    replacements: { userId },
  });
}

export async function findTotpAccount(db: Database, userId: string): Promise<TotpAccount | undefined> {
  const [rows] = await db.query<TotpAccount>(
    `SELECT id, email, role, coalesce(locked_until > now(), false) AS locked, locked_until AS "lockedUntil",
            password_hash AS "passwordHash", totp_secret AS "totpSecret", totp_pending_secret AS "totpPendingSecret",
            totp_enabled_at AS "totpEnabledAt"
     FROM users WHERE id = :userId AND active`,
    { replacements: { userId } },
  );
  return rows[0];
}

export async function setPendingTotpSecret(db: Database, userId: string, sealed: string): Promise<void> {
  await db.query('UPDATE users SET totp_pending_secret = :sealed WHERE id = :userId', { replacements: { sealed, userId } });
}

export async function enableTotp(db: Database, transaction: Transaction, userId: string): Promise<void> {
  await db.query(
    `UPDATE users SET totp_secret = totp_pending_secret, totp_pending_secret = NULL, totp_enabled_at = now(), updated_at = now()
     WHERE id = :userId`,
    { replacements: { userId }, transaction },
  );
}

/** The second factor off: its secrets, its replay guard and its recovery codes gone. */
export async function disableTotp(db: Database, transaction: Transaction, userId: string): Promise<void> {
  await db.query(
    `UPDATE users SET totp_secret = NULL, totp_pending_secret = NULL, totp_enabled_at = NULL, totp_last_step = NULL, updated_at = now()
     WHERE id = :userId`,
    { replacements: { userId }, transaction },
  );
  await db.query('DELETE FROM recovery_codes WHERE user_id = :userId', { replacements: { userId }, transaction });
}

/**
 * Records `step` as the last one used, only if it is later than the last one: of two requests
 * with the same code, one wins. False when the code was already used.
 */
export async function claimStep(db: Database, userId: string, step: number, transaction?: Transaction): Promise<boolean> {
  const [rows] = await db.query(
    'UPDATE users SET totp_last_step = :step WHERE id = :userId AND (totp_last_step IS NULL OR totp_last_step < :step) RETURNING id',
    { replacements: { step, userId }, transaction },
  );
  return rows.length > 0;
}

export async function replaceRecoveryCodeHashes(db: Database, transaction: Transaction, userId: string, hashes: string[]): Promise<void> {
  await db.query('DELETE FROM recovery_codes WHERE user_id = :userId', { replacements: { userId }, transaction });
  await db.query('INSERT INTO recovery_codes (user_id, code_hash) SELECT :userId, unnest(ARRAY[:hashes]::text[])', {
    replacements: { userId, hashes },
    transaction,
  });
}

/** Spends one recovery code; false when it is not one of the user's unused codes. */
export async function spendRecoveryCode(db: Database, userId: string, hash: string): Promise<boolean> {
  const [rows] = await db.query(
    'UPDATE recovery_codes SET used_at = now() WHERE user_id = :userId AND code_hash = :hash AND used_at IS NULL RETURNING user_id',
    { replacements: { userId, hash } },
  );
  return rows.length > 0;
}

export async function countRecoveryCodesLeft(db: Database, userId: string): Promise<number> {
  const [[row]] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM recovery_codes WHERE user_id = :userId AND used_at IS NULL', {
    replacements: { userId },
  });
  return row.n;
}

/**
 * Deletes every session of a user (the store's `sessions` rows, whose `sess` holds the user id,
 * or `pendingUserId` while half signed in), but `exceptSid`. Answers how many ended.
 */
export async function deleteUserSessions(db: Database, userId: string, exceptSid: string, transaction?: Transaction): Promise<number> {
  const [rows] = await db.query(
    `DELETE FROM sessions WHERE (sess->>'userId' = :userId OR sess->>'pendingUserId' = :userId) AND sid <> :exceptSid RETURNING sid`,
    { transaction, replacements: { userId, exceptSid } },
  );
  return rows.length;
}

/** The signed-in user as the session contract describes it, and whether the account is still active. */
export type SessionUser = SignedInUser & { active: boolean };

const SESSION_USER_COLUMNS = `u.id, u.email, u.display_name AS "displayName", u.role, u.juridiction_id AS "juridictionId", u.active,
            j.nom AS "juridictionNom"`;

/** The signed-in user, read on every request: one plain row, only the columns needed. */
export async function findSessionUser(db: Database, userId: string): Promise<SessionUser | undefined> {
  const [rows] = await db.query<SessionUser>(
    `SELECT ${SESSION_USER_COLUMNS}
     FROM users u LEFT JOIN juridictions j ON j.id = u.juridiction_id
     WHERE u.id = :userId`,
    { replacements: { userId } },
  );
  return rows[0];
}

/**
 * A live session (the store's row, not expired) and the user it names, in one statement: what
 * every signed-in request reads first. `user` is null when the session names nobody (signed out,
 * half-signed) or an account that no longer exists.
 */
export async function findSessionWithUser(
  db: Database,
  sid: string,
  nowSeconds: number,
): Promise<{ sess: Record<string, unknown>; user: SessionUser | null } | undefined> {
  const [rows] = await db.query(
    `SELECT s.sess, ${SESSION_USER_COLUMNS}
     FROM sessions s
     LEFT JOIN users u ON u.id = CASE WHEN s.sess->>'userId' ~* '^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'
                                      THEN (s.sess->>'userId')::uuid END
     LEFT JOIN juridictions j ON j.id = u.juridiction_id
     WHERE s.sid = :sid AND s.expire >= to_timestamp(:nowSeconds)`,
    { replacements: { sid, nowSeconds } },
  );
  if (rows.length === 0) return undefined;
  const { sess, ...user } = rows[0];
  return { sess: typeof sess === 'string' ? JSON.parse(sess) : sess, user: user.id ? (user as SessionUser) : null };
}
