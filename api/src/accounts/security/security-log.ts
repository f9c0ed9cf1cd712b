import type { Request, RequestHandler } from 'express';
import type { Sequelize, Transaction } from 'sequelize';
import type { SecurityEventType } from '@info-parquet/common';

/** Where a request comes from, as the security log and the consultation log record it. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

export function requestOrigin(req: Request): RequestOrigin {
  return { ip: req.ip ?? null, userAgent: req.get('user-agent')?.slice(0, 500) ?? null };
}

export interface SecurityEvent {
  type: SecurityEventType;
  /** The account concerned, when it is known. */
  userId?: string | null;
  /** The address that was typed or the account's address (kept for unknown accounts too). */
  email?: string | null;
  details?: Record<string, unknown>;
}

/** Appends one row to the security log (append-only: the database refuses changes). */
export async function recordSecurityEvent(
  sequelize: Sequelize,
  origin: RequestOrigin,
  event: SecurityEvent,
  transaction?: Transaction,
): Promise<void> {
  await sequelize.query(
    `INSERT INTO security_events (type, user_id, email, ip, user_agent, details)
     VALUES (:type, :userId, :email, :ip, :userAgent, :details::jsonb)`,
    {
      transaction,
      replacements: {
        type: event.type,
        userId: event.userId ?? null,
        email: event.email?.slice(0, 320) ?? null,
        ip: origin.ip,
        userAgent: origin.userAgent,
        details: JSON.stringify(event.details ?? {}),
      },
    },
  );
}

declare module 'express-serve-static-core' {
  interface Request {
    /** Writes to the security log with this request's origin (set by `securityLogContext`). */
    securityLog?: (event: SecurityEvent) => Promise<void>;
  }
}

/** Gives middleware that has no database handle (e.g. `requireAbility`) a way to log. */
export function securityLogContext(sequelize: Sequelize): RequestHandler {
  return (req, _res, next) => {
    req.securityLog = (event) => recordSecurityEvent(sequelize, requestOrigin(req), event);
    next();
  };
}
