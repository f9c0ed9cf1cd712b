import type { Request, RequestHandler } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { defineAbilityFor, type AppAbility, type SignedInUser, type Action, type Subject } from '@info-parquet/common';
import type { Database } from '../db/database';
import { findSessionUser } from '../accounts/auth/credentials-repository';
import { AppError } from './app-error';
import '../accounts/security/security-log';

/** The signed-in user, as the session contract describes it (common). */
export type CurrentUser = SignedInUser;

declare module 'express-serve-static-core' {
  interface Request {
    user?: CurrentUser;
    ability?: AppAbility;
  }
}

/**
 * Forgets who signed in, but keeps the session object: a request that then signs in again
 * (`/auth/login` regenerates it) still has one. The row left in the store holds no user.
 */
function signOut(req: Request): void {
  delete req.session.userId;
  delete req.session.csrfToken;
  delete req.session.createdAt;
}

/**
 * Loads the signed-in user on every request, so that a deactivated account or a changed role
 * takes effect at once, and builds the user's CASL ability. A session older than `absoluteHours`
 * since sign-in ends, however active it was (the idle timeout is the cookie's and the store's).
 */
export function createLoadUser({ db, absoluteHours }: { db: Database; absoluteHours: number }): RequestHandler {
  return async (req, _res, next) => {
    const createdAt = req.session?.createdAt;
    if (req.session?.userId && !(typeof createdAt === 'number' && Date.now() - createdAt < absoluteHours * 3_600_000)) {
      signOut(req);
    }
    const userId = req.session?.userId;
    if (userId) {
      // Read with the session when the store loaded it naming this user (http/session.ts); else
      // (a sign-in in this very request) now.
      const read = req.sessionUser;
      const user = read !== undefined && read.userId === userId ? (read.user ?? undefined) : await findSessionUser(db, userId);
      if (user && user.active) {
        req.user = {
          id: user.id,
          email: user.email,
          displayName: user.displayName,
          role: user.role,
          juridictionId: user.juridictionId,
          juridictionNom: user.juridictionNom,
        };
      } else {
        signOut(req);
      }
    }
    req.ability = defineAbilityFor(req.user ?? null);
    next();
  };
}

/** Not signed in; a half-signed session (password given, second factor not yet) is told so. */
function notSignedIn(req: Request): AppError {
  return req.session?.pendingUserId
    ? AppError.unauthorized('Connexion inachevée : terminez la double authentification pour accéder à Info Parquet.')
    : AppError.unauthorized();
}

export const requireUser: RequestHandler = (req, _res, next) => {
  if (!req.user) return next(notSignedIn(req));
  next();
};

/** Route guard: the user may do `action` on some `subject` (record-level checks come later). */
export function requireAbility(action: Action, subject: Subject): RequestHandler {
  return async (req, _res, next) => {
    if (!req.user) return next(notSignedIn(req));
    if (!req.ability?.can(action, subject)) {
      // Every refusal goes to the security log (read by the national administrator).
      await req.securityLog?.({
        type: 'permission_denied',
        userId: req.user.id,
        email: req.user.email,
        details: { action, subject, method: req.method, path: req.originalUrl.split('?')[0] },
      });
      return next(AppError.forbidden());
    }
    next();
  };
}

function sameToken(expected: string | undefined, given: string | undefined): boolean {
  if (!expected || !given) return false;
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** Every state-changing request made with a session carries the session's CSRF token. */
export const csrfProtection: RequestHandler = (req, _res, next) => {
  // A half-signed session (second factor still to give) is protected as well.
  if (['GET', 'HEAD', 'OPTIONS'].includes(req.method) || !(req.session?.userId || req.session?.pendingUserId)) return next();
  if (!sameToken(req.session.csrfToken, req.get('X-CSRF-Token'))) {
    return next(AppError.forbidden('Jeton anti-falsification (CSRF) absent ou invalide. Rechargez la page.'));
  }
  next();
};
