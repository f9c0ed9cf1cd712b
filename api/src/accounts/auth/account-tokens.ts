import { createHash, randomBytes } from 'node:crypto';
import type { Database, Transaction } from '../../db/database';
import { insertAccountToken, lockUsableToken, pruneOldTokens, spendPendingTokens } from './account-tokens-repository';

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
  await spendPendingTokens(db, transaction, userId);
  const expiresAt = await insertAccountToken(db, transaction, { hash: hashAccountToken(token), userId, purpose, hours: ACCOUNT_TOKEN_PURPOSES[purpose].hours });
  return { token, expiresAt };
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
  return (await lockUsableToken<AccountTokenPurpose>(db, transaction, hashAccountToken(token))) ?? null;
}

/** Every link of the user is spent: the one just used and any other still pending. */
export async function spendUserTokens(db: Database, transaction: Transaction, userId: string): Promise<void> {
  await spendPendingTokens(db, transaction, userId);
  await pruneOldTokens(db, transaction);
}
