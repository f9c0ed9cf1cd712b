import type { Sequelize } from 'sequelize';
import { USER_ACCOUNT_MESSAGES, userAccountErrors } from '@info-parquet/common';
import { AppError } from '../http/app-error';
import { issueAccountToken } from '../auth/account-tokens';
import { accountLinkUrl, enqueueActivationMail } from '../auth/account-mails';
import { recordSecurityEvent } from '../security/security-log';

/**
 * A national administrator created from the command line: how a production deployment gets its
 * first account (no demo data there). Like any account it has no password: the activation link
 * (72 hours, single use) is returned to be given by hand, and mailed when SMTP is set. The
 * administrator then sets up the second factor at the first sign-in.
 */
export async function createNationalAdministrator(sequelize: Sequelize, input: { email: string; displayName: string }, publicUrl: string) {
  const account = { email: input.email.trim(), displayName: input.displayName.trim(), role: 'admin_national', juridictionId: null, active: true };
  const errors = userAccountErrors(account);
  if (Object.keys(errors).length) throw AppError.badRequest('Certains champs sont manquants ou invalides.', errors);
  return sequelize.transaction(async (transaction) => {
    const [taken] = await sequelize.query('SELECT 1 FROM users WHERE lower(email) = lower(:email)', { replacements: account, transaction });
    if (taken.length) throw AppError.conflict(USER_ACCOUNT_MESSAGES.emailTaken);
    const [rows] = await sequelize.query(
      `INSERT INTO users (email, display_name, role, juridiction_id, active, password_hash)
       VALUES (:email, :displayName, 'admin_national', NULL, true, NULL) RETURNING id`,
      { replacements: account, transaction },
    );
    const { id } = (rows as Array<{ id: string }>)[0];
    await recordSecurityEvent(
      sequelize,
      { ip: null, userAgent: 'ligne de commande (npm run admin:create)' },
      { type: 'user_created', userId: id, email: account.email, details: { from: null, to: { role: 'admin_national', juridictionId: null, active: true }, byUserId: null, byEmail: null } },
      transaction,
    );
    const { token, expiresAt } = await issueAccountToken(sequelize, transaction, id, 'activation');
    const activationLink = accountLinkUrl(publicUrl, 'activation', token);
    await enqueueActivationMail(sequelize, transaction, { to: account.email, displayName: account.displayName, link: activationLink, expiresAt });
    return { id, activationLink, expiresAt };
  });
}
