import type { Database } from '../../db/database';
import { AppError } from '../../http/app-error';
import { recordSecurityEvent } from '../security/security-log';
import { countFailure } from './lockout';
import { reserveAttempt } from './login-throttle';
import { verifyPassword } from './passwords';
import { TOTP_REQUIRED_ROLES, completeSignIn, lockedError, type LoginContext } from './service';
import { openTotpSecret, sealTotpSecret } from './totp-secret-box';
import { disableTotp as disableTotpRow, enableTotp, findTotpAccount, setPendingTotpSecret, type TotpAccount } from './credentials-repository';
import {
  claimStep,
  enrolmentDetails,
  matchingStep,
  newTotpSecret,
  recoveryCodesLeft,
  replaceRecoveryCodes,
  useRecoveryCode,
} from './totp';

export interface SecondFactorContext extends LoginContext {
  /** Derives the key that seals TOTP secrets at rest (see totp-secret-box.ts). */
  sessionSecret: string;
}

const WRONG_CODE = 'Code incorrect ou déjà utilisé. Saisissez le code à 6 chiffres affiché par votre application (il change toutes les 30 secondes).';
const WRONG_RECOVERY_CODE = 'Code de secours incorrect ou déjà utilisé.';
const UNREADABLE =
  'Votre second facteur ne peut pas être vérifié (clé du serveur modifiée). Utilisez un code de secours ou contactez votre administrateur.';

async function account(db: Database, userId: string): Promise<TotpAccount> {
  const row = await findTotpAccount(db, userId);
  if (!row) throw AppError.unauthorized();
  return row;
}

function secretOf(context: SecondFactorContext, sealed: string | null): string | null {
  return sealed ? openTotpSecret(context.sessionSecret, sealed) : null;
}

/** Whether the code matches and was not used yet (the step is then used up). */
async function acceptCode(context: SecondFactorContext, user: TotpAccount, sealed: string | null, code: unknown): Promise<boolean> {
  const secret = secretOf(context, sealed);
  if (sealed && !secret) throw AppError.conflict(UNREADABLE);
  if (!secret || typeof code !== 'string') return false;
  const step = matchingStep(secret, code);
  return step !== null && (await claimStep(context.db, user.id, step));
}

const log = (context: LoginContext, type: Parameters<typeof recordSecurityEvent>[2]['type'], user: TotpAccount, details: Record<string, unknown> = {}) =>
  recordSecurityEvent(context.db, context.origin, { type, userId: user.id, email: user.email, details });

export async function totpStatus(context: SecondFactorContext, userId: string) {
  const user = await account(context.db, userId);
  return {
    enabled: user.totpEnabledAt !== null,
    enabledAt: user.totpEnabledAt,
    // Sealed under another SESSION_SECRET: no code can be checked, only a new enrolment helps.
    unreadable: user.totpEnabledAt !== null && user.totpSecret !== null && secretOf(context, user.totpSecret) === null,
    required: TOTP_REQUIRED_ROLES.includes(user.role),
    recoveryCodesLeft: await recoveryCodesLeft(context.db, userId),
  };
}

/**
 * Enabled with a secret that can still be read. One sealed under another SESSION_SECRET can be
 * replaced by a new enrolment (once signed in, e.g. with a recovery code).
 */
const alreadyEnabled = (context: SecondFactorContext, user: TotpAccount) => user.totpEnabledAt !== null && secretOf(context, user.totpSecret) !== null;
const ALREADY_ENABLED = 'La double authentification est déjà activée sur ce compte.';

/** A new secret, kept aside (sealed) until a first code proves the app has it. */
export async function startEnrolment(context: SecondFactorContext, userId: string) {
  const user = await account(context.db, userId);
  if (alreadyEnabled(context, user)) throw AppError.conflict(ALREADY_ENABLED);
  const secret = newTotpSecret();
  await setPendingTotpSecret(context.db, userId, sealTotpSecret(context.sessionSecret, secret));
  return enrolmentDetails(secret, user.email);
}

/**
 * The first code from the app switches the second factor on; the 10 recovery codes are shown once.
 * With `completesSignIn`, the enrolment was the second step of a sign-in, which it completes.
 */
export async function confirmEnrolment(
  context: SecondFactorContext,
  userId: string,
  body: unknown,
  { completesSignIn }: { completesSignIn: boolean },
): Promise<string[]> {
  const { db } = context;
  const user = await account(db, userId);
  if (alreadyEnabled(context, user)) throw AppError.conflict(ALREADY_ENABLED);
  if (!user.totpPendingSecret) throw AppError.conflict('Commencez par afficher le QR code de votre application d’authentification.');
  const code = (body as { code?: unknown } | null)?.code;
  if (!(await acceptCode(context, user, user.totpPendingSecret, code))) {
    await log(context, 'mfa_failed', user, { stage: 'enrolment' });
    throw AppError.badRequest('La double authentification n’a pas été activée.', { code: WRONG_CODE });
  }
  const codes = await db.transaction(async (transaction) => {
    await enableTotp(db, transaction, userId);
    const codes = await replaceRecoveryCodes(db, userId, transaction);
    await recordSecurityEvent(db, context.origin, { type: 'mfa_enabled', userId, email: user.email }, transaction);
    return codes;
  });
  if (completesSignIn) await completeSignIn(context, user, { secondFactor: 'totp_enrolment' });
  return codes;
}

/**
 * The second step of a sign-in: a TOTP code or a recovery code. Behind the sign-in rate limits;
 * a wrong code counts as a failure for the lock-out, as a wrong password does.
 */
export async function verifySecondFactor(context: SecondFactorContext, userId: string, body: unknown): Promise<void> {
  const { db, settings, origin } = context;
  const { code, recoveryCode } = (body ?? {}) as { code?: unknown; recoveryCode?: unknown };
  if ((typeof code !== 'string' || !code.trim()) && (typeof recoveryCode !== 'string' || !recoveryCode.trim())) {
    throw AppError.badRequest('Saisissez le code de votre application d’authentification ou un code de secours.', {
      code: 'Ce champ est obligatoire.',
    });
  }
  const user = await account(db, userId);
  const reservation = await reserveAttempt(db, settings, origin.ip ?? 'inconnue', user.email.toLowerCase());
  if (!reservation.allowed) {
    await log(context, 'rate_limited', user, { scope: reservation.scope, retryAfterSeconds: reservation.retryAfterSeconds, stage: 'mfa' });
    throw AppError.tooManyRequests('Trop de tentatives : réessayez dans quelques minutes.', reservation.retryAfterSeconds);
  }
  if (user.locked && user.lockedUntil) {
    await log(context, 'mfa_failed', user, { reason: 'locked' });
    throw lockedError(settings, user.lockedUntil);
  }
  const byRecovery = typeof recoveryCode === 'string' && recoveryCode.trim() !== '';
  const accepted = byRecovery
    ? await useRecoveryCode(db, user.id, recoveryCode)
    : await acceptCode(context, user, user.totpSecret, code);
  if (!accepted) {
    await log(context, 'mfa_failed', user, { method: byRecovery ? 'recovery_code' : 'totp' });
    const lockedUntil = await countFailure(db, settings, user.id);
    if (lockedUntil) {
      await log(context, 'account_locked', user, { lockedUntil: lockedUntil.toISOString(), failures: settings.lockoutThreshold });
      throw lockedError(settings, lockedUntil);
    }
    throw new AppError(401, byRecovery ? WRONG_RECOVERY_CODE : WRONG_CODE, byRecovery ? { recoveryCode: WRONG_RECOVERY_CODE } : { code: WRONG_CODE });
  }
  if (byRecovery) {
    await log(context, 'recovery_code_used', user, { recoveryCodesLeft: await recoveryCodesLeft(db, user.id) });
  }
  await completeSignIn(context, user, { secondFactor: byRecovery ? 'recovery_code' : 'totp' });
}

/** Switching the second factor off takes the password and a current code; never for required roles. */
export async function disableTotp(context: SecondFactorContext, userId: string, body: unknown): Promise<void> {
  const { db } = context;
  const user = await account(db, userId);
  if (TOTP_REQUIRED_ROLES.includes(user.role)) {
    throw AppError.forbidden('La double authentification est obligatoire pour les administrateurs nationaux : elle ne peut pas être désactivée.');
  }
  if (!user.totpEnabledAt) throw AppError.conflict('La double authentification n’est pas activée sur ce compte.');
  const { password, code } = (body ?? {}) as { password?: unknown; code?: unknown };
  const errors: Record<string, string> = {};
  if (typeof password !== 'string' || !(await verifyPassword(user.passwordHash, password.slice(0, 1024)))) {
    errors.password = 'Mot de passe incorrect.';
  } else if (!(await acceptCode(context, user, user.totpSecret, code))) {
    errors.code = WRONG_CODE;
  }
  if (Object.keys(errors).length) {
    await log(context, 'mfa_failed', user, { stage: 'disable' });
    throw AppError.badRequest('La double authentification n’a pas été désactivée.', errors);
  }
  await db.transaction(async (transaction) => {
    await disableTotpRow(db, transaction, userId);
    await recordSecurityEvent(db, context.origin, { type: 'mfa_disabled', userId, email: user.email }, transaction);
  });
}

/** New recovery codes (the old ones stop working), against a current code. */
export async function regenerateRecoveryCodes(context: SecondFactorContext, userId: string, body: unknown): Promise<string[]> {
  const { db } = context;
  const user = await account(db, userId);
  if (!user.totpEnabledAt) throw AppError.conflict('La double authentification n’est pas activée sur ce compte.');
  if (!(await acceptCode(context, user, user.totpSecret, (body as { code?: unknown } | null)?.code))) {
    await log(context, 'mfa_failed', user, { stage: 'recovery_codes' });
    throw AppError.badRequest('Les codes de secours n’ont pas été renouvelés.', { code: WRONG_CODE });
  }
  return db.transaction((transaction) => replaceRecoveryCodes(db, userId, transaction));
}
