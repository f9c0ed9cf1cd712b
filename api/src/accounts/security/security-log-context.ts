import type { RequestHandler } from 'express';
import type { Database } from '../../db/database';
import { requestOrigin } from '../../http/request-origin';
import { recordSecurityEvent, type SecurityEvent } from './security-log';

declare module 'express-serve-static-core' {
  interface Request {
    /** Writes to the security log with this request's origin (set by `securityLogContext`). */
    securityLog?: (event: SecurityEvent) => Promise<void>;
  }
}

/** Gives middleware that has no database handle (e.g. `requireAbility`) a way to log. */
export function securityLogContext(db: Database): RequestHandler {
  return (req, _res, next) => {
    req.securityLog = (event) => recordSecurityEvent(db, requestOrigin(req), event);
    next();
  };
}
