import type { Database } from '../../db/database';
import type { SecuritySettings } from '../../config';
import type { SecondFactorState } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { recordSecurityEvent, type RequestOrigin } from '../security/security-log';
import { verifyPassword } from './passwords';
import { releaseAttempt, reserveAttempt } from './login-throttle';
import { countFailure, lockedMessage, resetFailures } from './lockout';
import { findSignInAccount } from './credentials-repository';

const BAD_CREDENTIALS = 'Adresse électronique ou mot de passe incorrect.';
const TOO_MANY = 'Trop de tentatives de connexion depuis votre poste. Réessayez dans quelques minutes.';

export interface LoginContext {
  db: Database;
  settings: SecuritySettings;
  origin: RequestOrigin;
}


/** Roles that cannot sign in without a second factor. */
export const TOTP_REQUIRED_ROLES: readonly string[] = ['admin_national'];

export function secondFactorState(account: { role: string; totpEnabled: boolean }): SecondFactorState {
  if (account.totpEnabled) return 'required';
  return TOTP_REQUIRED_ROLES.includes(account.role) ? 'enrolment_required' : 'ok';
}

export interface PasswordCheck {
  userId: string;
  email: string;
  secondFactor: SecondFactorState;
}

/** 423 with the French lock-out message and the time the account is free again. */
export function lockedError(settings: SecuritySettings, lockedUntil: Date): AppError {
  return new AppError(423, lockedMessage(settings.lockoutThreshold, lockedUntil), undefined, {
    lockedUntil: lockedUntil.toISOString(),
  });
}

/**
 * The end of a successful sign-in (after the second factor when there is one): the failures
 * series ends, the IP gets its unit of the rate limit back, and it is logged.
 */
export async function completeSignIn(context: LoginContext, user: { id: string; email: string }, details: Record<string, unknown> = {}) {
  const { db, origin } = context;
  const typed = user.email.trim().toLowerCase();
  await resetFailures(db, user.id);
  await releaseAttempt(db, origin.ip ?? 'inconnue', typed);
  await recordSecurityEvent(db, origin, { type: 'login_succeeded', userId: user.id, email: typed, details });
}

/**
 * Checks credentials, behind the sign-in rate limits and the account lock-out. A wrong password
 * and an unknown account get the same answer: unknown addresses are only counted per IP (and per
 * IP and typed address), never locked. When a second factor follows, the failure series and the
 * rate limit unit stay as they are until it is given: a right password alone resets nothing.
 */
export async function authenticate(context: LoginContext, email: unknown, password: unknown): Promise<PasswordCheck> {
  if (typeof email !== 'string' || typeof password !== 'string' || !email.trim() || !password) {
    throw AppError.badRequest('Indiquez votre adresse électronique et votre mot de passe.', {
      ...(typeof email !== 'string' || !email.trim() ? { email: 'Ce champ est obligatoire.' } : {}),
      ...(typeof password !== 'string' || !password ? { password: 'Ce champ est obligatoire.' } : {}),
    });
  }
  const { db, settings, origin } = context;
  const typed = email.trim().toLowerCase();
  const ip = origin.ip ?? 'inconnue';
  const log = (type: Parameters<typeof recordSecurityEvent>[2]['type'], userId: string | null, details: Record<string, unknown> = {}) =>
    recordSecurityEvent(db, origin, { type, userId, email: typed, details });

  const reservation = await reserveAttempt(db, settings, ip, typed);
  if (!reservation.allowed) {
    await log('rate_limited', null, { scope: reservation.scope, retryAfterSeconds: reservation.retryAfterSeconds });
    throw AppError.tooManyRequests(TOO_MANY, reservation.retryAfterSeconds);
  }

  const user = await findSignInAccount(db, typed);
  if (user?.locked && user.lockedUntil) {
    // No password check while locked: the lock must not become a password oracle.
    await log('login_failed', user.id, { reason: 'locked' });
    throw lockedError(settings, user.lockedUntil);
  }
  // The hash is verified even for unknown accounts, so that timing does not tell them apart.
  const valid = await verifyPassword(user?.passwordHash ?? null, password.slice(0, 1024));
  if (!user || !valid) {
    await log('login_failed', user?.id ?? null, { reason: user ? 'bad_password' : 'unknown_account' });
    if (!user) throw AppError.unauthorized(BAD_CREDENTIALS);
    const lockedUntil = await countFailure(db, settings, user.id);
    if (lockedUntil) {
      await log('account_locked', user.id, { lockedUntil: lockedUntil.toISOString(), failures: settings.lockoutThreshold });
      throw lockedError(settings, lockedUntil);
    }
    throw AppError.unauthorized(BAD_CREDENTIALS);
  }
  if (!user.active) {
    await log('login_failed', user.id, { reason: 'inactive' });
    throw AppError.unauthorized('Ce compte est désactivé. Contactez votre administrateur.');
  }
  const secondFactor = secondFactorState({ role: user.role, totpEnabled: user.totpEnabled });
  if (secondFactor === 'ok') await completeSignIn(context, user);
  return { userId: user.id, email: user.email, secondFactor };
}
