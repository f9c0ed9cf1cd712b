import type { Database } from '../../db/database';
import { PASSWORD_MESSAGES, passwordPolicy } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { recordSecurityEvent, type RequestOrigin } from '../security/security-log';
import { clearAccountThrottles } from './login-throttle';
import { handleBlindEmailRequest, type BlindEmailRequest } from '../../http/blind-email-request';
import { hashPassword } from './passwords';
import { findActiveAccountByEmail, setPasswordHash } from './credentials-repository';
import { endUserSessions } from './user-sessions';
import { findUsableToken, issueAccountToken, spendUserTokens } from './account-tokens';
import { accountLinkUrl, enqueuePasswordResetMail } from './account-mails';

/** The same answer whether or not the address has an account: it tells nobody who uses the service. */
export const PASSWORD_RESET_ANSWER = {
  message:
    'Si un compte actif correspond à cette adresse, un courriel contenant un lien de réinitialisation vient de lui être envoyé. Le lien est valable une heure.',
};

const RESET_REQUEST: BlindEmailRequest = {
  scope: 'reinitialisation',
  emailHint: 'Saisissez l’adresse électronique de votre compte.',
  tooMany: 'Trop de demandes de réinitialisation : réessayez plus tard.',
  perAddress: { limit: 3, minutes: 60 },
  perIp: { limit: 30, minutes: 60 },
  minAnswerMs: 400,
};
const INVALID_LINK = 'Ce lien n’est plus valable : il a déjà servi, a expiré ou a été remplacé par un lien plus récent. Demandez un nouveau lien depuis « Mot de passe oublié ? ».';

/**
 * "Forgot my password": a single-use link (1 hour) to the address if it belongs to an active
 * account. Known or not, the answer and its time are the same; both are logged.
 */
export async function requestPasswordReset(db: Database, publicUrl: string, body: unknown, origin: RequestOrigin) {
  await handleBlindEmailRequest(db, RESET_REQUEST, body, origin.ip ?? 'inconnue', (email) =>
    db.transaction(async (transaction) => {
      const user = await findActiveAccountByEmail(db, transaction, email);
      await recordSecurityEvent(
        db,
        origin,
        { type: 'password_reset_requested', userId: user?.id ?? null, email, details: user ? {} : { reason: 'unknown_account' } },
        transaction,
      );
      if (!user) return;
      const { token, expiresAt } = await issueAccountToken(db, transaction, user.id, 'reinitialisation');
      await enqueuePasswordResetMail(db, transaction, {
        to: user.email,
        displayName: user.displayName,
        link: accountLinkUrl(publicUrl, 'reinitialisation', token),
        expiresAt,
      });
    }),
  );
  return PASSWORD_RESET_ANSWER;
}

/**
 * Sets the password through an e-mailed link (reset or first activation): the shared policy,
 * argon2id, every session of the user ends, the lock-out and its limits are lifted.
 */
export async function confirmPasswordReset(db: Database, body: unknown, origin: RequestOrigin): Promise<{ message: string }> {
  const { token, password } = (body ?? {}) as { token?: unknown; password?: unknown };
  if (typeof token !== 'string' || !token) throw AppError.badRequest(INVALID_LINK, { token: 'Lien incomplet.' });
  if (typeof password !== 'string' || !password) {
    throw AppError.badRequest('Le mot de passe n’a pas été enregistré. Corrigez les champs indiqués.', { password: PASSWORD_MESSAGES.required });
  }
  return db.transaction(async (transaction) => {
    const redeemed = await findUsableToken(db, transaction, token);
    if (!redeemed) throw AppError.badRequest(INVALID_LINK, { token: 'Lien invalide ou expiré.' });
    const problem = passwordPolicy.check(password, { email: redeemed.email });
    // Refused before anything changes: the link stays usable for a better password.
    if (problem) throw AppError.badRequest('Le mot de passe n’a pas été enregistré. Corrigez les champs indiqués.', { password: problem });
    const passwordHash = await hashPassword(password);
    await setPasswordHash(db, transaction, redeemed.userId, passwordHash, true);
    await spendUserTokens(db, transaction, redeemed.userId);
    const sessionsEnded = await endUserSessions(db, redeemed.userId, { transaction });
    await clearAccountThrottles(db, redeemed.email, transaction);
    await recordSecurityEvent(
      db,
      origin,
      { type: 'password_reset_completed', userId: redeemed.userId, email: redeemed.email, details: { purpose: redeemed.purpose, sessionsEnded } },
      transaction,
    );
    return {
      message:
        redeemed.purpose === 'activation'
          ? 'Votre compte est activé. Vous pouvez maintenant vous connecter.'
          : 'Votre mot de passe a été modifié. Vous pouvez maintenant vous connecter.',
    };
  });
}
