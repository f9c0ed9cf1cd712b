import type { Database, Transaction } from '../../db/database';

/** The e-mailed account links (`account_tokens`): only their SHA-256 is stored. */

/** Every unused link of the user stops working. */
export async function spendPendingTokens(db: Database, transaction: Transaction, userId: string): Promise<void> {
  await db.query('UPDATE account_tokens SET used_at = now() WHERE user_id = :userId AND used_at IS NULL', { replacements: { userId }, transaction });
}

/** A new link valid `hours`; answers when it expires. */
export async function insertAccountToken(
  db: Database,
  transaction: Transaction,
  token: { hash: string; userId: string; purpose: string; hours: number },
): Promise<Date> {
  const [[row]] = await db.query<{ expiresAt: Date }>(
    `INSERT INTO account_tokens (token_hash, user_id, purpose, expires_at)
     VALUES (:hash, :userId, :purpose, now() + make_interval(hours => :hours)) RETURNING expires_at AS "expiresAt"`,
    { replacements: { ...token }, transaction },
  );
  return row.expiresAt;
}

/**
 * The link if it is usable (unused, not expired, active account), its row locked so that two uses
 * at once cannot both succeed.
 */
export async function lockUsableToken<P extends string>(
  db: Database,
  transaction: Transaction,
  hash: string,
): Promise<{ userId: string; email: string; purpose: P } | undefined> {
  const [rows] = await db.query<{ userId: string; email: string; purpose: P }>(
    `SELECT t.user_id AS "userId", u.email, t.purpose FROM account_tokens t JOIN users u ON u.id = t.user_id
     WHERE t.token_hash = :hash AND t.used_at IS NULL AND t.expires_at > now() AND u.active
     FOR UPDATE OF t`,
    { replacements: { hash }, transaction },
  );
  return rows[0];
}

/** Links expired for a month are of no use, even to explain a refusal. */
export async function pruneOldTokens(db: Database, transaction: Transaction): Promise<void> {
  await db.query("DELETE FROM account_tokens WHERE expires_at < now() - interval '30 days'", { transaction });
}
