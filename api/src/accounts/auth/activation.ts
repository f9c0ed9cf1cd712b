import type { Database, Transaction } from '../../db/database';
import { issueAccountToken } from './account-tokens';
import { accountLinkUrl, enqueueActivationMail } from './account-mails';

/**
 * A new account has no password: its owner sets the first one through this mail's link (72 hours,
 * single use), written in the transaction that creates the account. The link is returned for
 * the command line (`npm run admin:create`), which shows it when no mail relay is set.
 */
export async function sendActivationLink(
  db: Database,
  transaction: Transaction,
  publicUrl: string,
  user: { id: string; email: string; displayName: string },
): Promise<{ link: string; expiresAt: Date }> {
  const { token, expiresAt } = await issueAccountToken(db, transaction, user.id, 'activation');
  const link = accountLinkUrl(publicUrl, 'activation', token);
  await enqueueActivationMail(db, transaction, { to: user.email, displayName: user.displayName, link, expiresAt });
  return { link, expiresAt };
}
