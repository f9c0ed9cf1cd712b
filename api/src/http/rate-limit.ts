import type { RequestHandler } from 'express';
import type { Database } from '../db/database';
import { take } from '../accounts/auth/throttle-repository';
import { AppError } from './app-error';

/** At most `limit` requests per IP address in a fixed window of `minutes`. */
export interface RateRule {
  limit: number;
  minutes: number;
}

/** The anonymous entries' limits (README « Configuration »). */
export interface PublicLimits {
  submissions: RateRule;
  uploads: RateRule;
  suiviReads: RateRule;
  suiviMessages: RateRule;
}

export const DEFAULT_PUBLIC_LIMITS: PublicLimits = {
  submissions: { limit: 30, minutes: 60 },
  uploads: { limit: 120, minutes: 60 },
  suiviReads: { limit: 300, minutes: 60 },
  suiviMessages: { limit: 30, minutes: 60 },
};

const WHAT: Record<keyof PublicLimits, string> = {
  submissions: 'saisines envoyées',
  uploads: 'pièces jointes déposées',
  suiviReads: 'consultations du suivi',
  suiviMessages: 'messages envoyés',
};

function minutesText(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return minutes <= 1 ? 'une minute' : `${minutes} minutes`;
}

/**
 * A per-IP limit on an anonymous entry, counted in PostgreSQL (the sign-in throttles' table, under
 * the key `public:<name>:<ip>`) so that every API process shares it: over it, a 429 with
 * `Retry-After` and a French message. The unit is taken before the request is handled.
 */
export function rateLimit(db: Database, name: keyof PublicLimits, rule: RateRule): RequestHandler {
  return async (req, _res, next) => {
    try {
      const retry = await db.transaction((t) => take(db, t, `public:${name}:${req.ip ?? ''}`, '', rule.limit, rule.minutes));
      if (retry === null) return next();
      next(
        AppError.tooManyRequests(
          `Trop de ${WHAT[name]} depuis votre adresse (${rule.limit} par ${rule.minutes === 60 ? 'heure' : `${rule.minutes} minutes`}). Réessayez dans ${minutesText(retry)}.`,
          retry,
        ),
      );
    } catch (error) {
      next(error);
    }
  };
}
