import { createHash, randomBytes } from 'node:crypto';
import type { Database, Transaction } from '../../db/database';

/** What an e-mailed account link is for, and how long it stays valid. */
export const ACCOUNT_TOKEN_PURPOSES = {
  reinitialisation: { hours: 1 },
  activation: { hours: 72 },
} as const;
export type AccountTokenPurpose = keyof typeof ACCOUNT_TOKEN_PURPOSES;

/** 256 random bits, base64url: the same shape as the tracking tokens. */
export const ACCOUNT_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;

export function hashAccountToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

/**
 * Issues a single-use link token for the user: only its SHA-256 is stored. Earlier unused links of
 * the user stop working, so that only the latest mail counts.
 */
export async function issueAccountToken(
  db: Database,
  transaction: Transaction,
  userId: string,
  purpose: AccountTokenPurpose,
): Promise<{ token: string; expiresAt: Date }> {
  const token = randomBytes(32).toString('base64url');
  await db.query('UPDATE account_tokens SET used_at = now() WHERE user_id = :userId AND used_at IS NULL', {
    replacements: { userId },
    transaction,
  });
  const [rows] = await db.query(
    `INSERT INTO account_tokens (token_hash, user_id, purpose, expires_at)
     VALUES (:hash, :userId, :purpose, now() + make_interval(hours => :hours)) RETURNING expires_at`,
    { replacements: { hash: hashAccountToken(token), userId, purpose, hours: ACCOUNT_TOKEN_PURPOSES[purpose].hours }, transaction },
  );
  return { token, expiresAt: (rows as Array<{ expires_at: Date }>)[0].expires_at };
}

export interface RedeemedToken {
  userId: string;
  email: string;
  purpose: AccountTokenPurpose;
}

/**
 * Takes the token if it is valid (unused, not expired, active account), locking its row so that
 * two uses at once cannot both succeed. The caller marks it used in the same transaction.
 */
export async function findUsableToken(db: Database, transaction: Transaction, token: string): Promise<RedeemedToken | null> {
  if (!ACCOUNT_TOKEN_PATTERN.test(token)) return null;
  const [rows] = await db.query(
    `SELECT t.user_id AS "userId", u.email, t.purpose FROM account_tokens t JOIN users u ON u.id = t.user_id
     WHERE t.token_hash = :hash AND t.used_at IS NULL AND t.expires_at > now() AND u.active
     FOR UPDATE OF t`,
    { replacements: { hash: hashAccountToken(token) }, transaction },
  );
  return (rows as RedeemedToken[])[0] ?? null;
}

/** Every link of the user is spent: the one just used and any other still pending. */
export async function spendUserTokens(db: Database, transaction: Transaction, userId: string): Promise<void> {
  await db.query('UPDATE account_tokens SET used_at = now() WHERE user_id = :userId AND used_at IS NULL', {
    replacements: { userId },
    transaction,
  });
  await db.query("DELETE FROM account_tokens WHERE expires_at < now() - interval '30 days'", { transaction });
}
