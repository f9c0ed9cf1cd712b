import type { Sequelize, Transaction } from 'sequelize';
import { issueAccountToken } from './account-tokens';
import { accountLinkUrl, enqueueActivationMail } from './account-mails';

/**
 * A new account has no password: its owner sets the first one through this mail's link (72 hours,
 * single use), written in the transaction that creates the account.
 */
export async function sendActivationLink(
  sequelize: Sequelize,
  transaction: Transaction,
  publicUrl: string,
  user: { id: string; email: string; displayName: string },
): Promise<void> {
  const { token, expiresAt } = await issueAccountToken(sequelize, transaction, user.id, 'activation');
  await enqueueActivationMail(sequelize, transaction, {
    to: user.email,
    displayName: user.displayName,
    link: accountLinkUrl(publicUrl, 'activation', token),
    expiresAt,
  });
}
