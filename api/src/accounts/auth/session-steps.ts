import type { Request, RequestHandler } from 'express';
import { randomBytes } from 'node:crypto';
import { AppError } from '../../http/app-error';
import type { PendingSecondFactor } from '@info-parquet/common';

declare module 'express-session' {
  interface SessionData {
    /** A half-signed session: the password was right, the second factor is still to come. */
    pendingUserId: string;
    pendingSince: number;
    secondFactor: PendingSecondFactor;
  }
}

/** Time allowed between the password and the second factor (or the enrolment). */
const PENDING_MINUTES = 15;

export const HALF_SIGNED_MESSAGE =
  'Connexion inachevée : saisissez le code de votre application d’authentification (double authentification) pour accéder à Info Parquet.';
export const ENROLMENT_MESSAGE =
  'Connexion inachevée : la double authentification est obligatoire pour votre compte. Activez-la pour accéder à Info Parquet.';

export function regenerate(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.regenerate((error) => (error ? reject(error) : resolve())));
}

export function save(req: Request): Promise<void> {
  return new Promise((resolve, reject) => req.session.save((error) => (error ? reject(error) : resolve())));
}

export function destroy(req: Request): Promise<void> {
  return new Promise<void>((resolve) => req.session.destroy(() => resolve()));
}

/** A new session id at each step: no session fixation, and nothing of the half session is kept. */
export async function openSession(req: Request, userId: string): Promise<void> {
  await regenerate(req);
  req.session.userId = userId;
  req.session.csrfToken = randomBytes(32).toString('base64url');
  req.session.createdAt = Date.now();
  await save(req);
}

export async function openHalfSession(req: Request, userId: string, secondFactor: PendingSecondFactor): Promise<void> {
  await regenerate(req);
  req.session.pendingUserId = userId;
  req.session.pendingSince = Date.now();
  req.session.secondFactor = secondFactor;
  req.session.csrfToken = randomBytes(32).toString('base64url');
  await save(req);
}

/** The half session's user and step, or null (none, or too old). */
export function halfSession(req: Request): { userId: string; secondFactor: PendingSecondFactor } | null {
  const { pendingUserId, pendingSince, secondFactor } = req.session ?? {};
  if (!pendingUserId || !secondFactor || typeof pendingSince !== 'number') return null;
  if (Date.now() - pendingSince > PENDING_MINUTES * 60_000) return null;
  return { userId: pendingUserId, secondFactor };
}

export function halfSignedMessage(secondFactor: PendingSecondFactor): string {
  return secondFactor === 'required' ? HALF_SIGNED_MESSAGE : ENROLMENT_MESSAGE;
}

/**
 * The account a second-factor route acts for: the signed-in user, or the half session's user when
 * its step is one of `steps`. Answers the user id.
 */
export function actingUser(req: Request, steps: ReadonlyArray<PendingSecondFactor>, fullSessionAllowed: boolean): string {
  if (req.user) {
    if (fullSessionAllowed) return req.user.id;
    throw AppError.conflict('Vous êtes déjà connecté.');
  }
  const half = halfSession(req);
  if (half && steps.includes(half.secondFactor)) return half.userId;
  if (half) throw new AppError(403, halfSignedMessage(half.secondFactor), undefined, { mfa: half.secondFactor });
  throw AppError.unauthorized('Votre connexion a expiré : reconnectez-vous avec votre mot de passe.');
}

/** Only a fully signed-in user; a half session is told what is missing. */
export const requireFullUser: RequestHandler = (req, _res, next) => {
  if (req.user) return next();
  const half = halfSession(req);
  next(half ? new AppError(401, halfSignedMessage(half.secondFactor), undefined, { mfa: half.secondFactor }) : AppError.unauthorized());
};
