import type { RequestHandler } from 'express';
import { timingSafeEqual } from 'node:crypto';
import { defineAbilityFor, type AbilityUser, type AppAbility, type Action, type Subject } from '@info-parquet/common';
import { User } from '../db/models';
import { AppError } from './app-error';

export interface CurrentUser extends AbilityUser {
  email: string;
  displayName: string;
  juridictionNom: string | null;
}

declare module 'express-serve-static-core' {
  interface Request {
    user?: CurrentUser;
    ability?: AppAbility;
  }
}

/**
 * Loads the signed-in user on every request, so that a deactivated account or a changed role
 * takes effect at once, and builds the user's CASL ability.
 */
export const loadUser: RequestHandler = async (req, _res, next) => {
  const userId = req.session?.userId;
  if (userId) {
    const user = await User.findByPk(userId, { include: ['juridiction'] });
    if (user && user.active) {
      const juridiction = (user as unknown as { juridiction?: { nom: string } | null }).juridiction;
      req.user = {
        id: user.id,
        email: user.email,
        displayName: user.displayName,
        role: user.role,
        juridictionId: user.juridictionId,
        juridictionNom: juridiction?.nom ?? null,
      };
    } else {
      await new Promise<void>((resolve) => req.session.destroy(() => resolve()));
    }
  }
  req.ability = defineAbilityFor(req.user ?? null);
  next();
};

export const requireUser: RequestHandler = (req, _res, next) => {
  if (!req.user) return next(AppError.unauthorized());
  next();
};

/** Route guard: the user may do `action` on some `subject` (record-level checks come later). */
export function requireAbility(action: Action, subject: Subject): RequestHandler {
  return (req, _res, next) => {
    if (!req.user) return next(AppError.unauthorized());
    if (!req.ability?.can(action, subject)) return next(AppError.forbidden());
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
  if (['GET', 'HEAD', 'OPTIONS'].includes(req.method) || !req.session?.userId) return next();
  if (!sameToken(req.session.csrfToken, req.get('X-CSRF-Token'))) {
    return next(AppError.forbidden('Jeton anti-falsification (CSRF) absent ou invalide. Rechargez la page.'));
  }
  next();
};
