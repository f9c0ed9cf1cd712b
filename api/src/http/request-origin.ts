import type { Request } from 'express';
import type { RequestOrigin } from '../accounts/security/security-log';

/** Where a request comes from (the proxy's forwarded address when TRUST_PROXY is set), for the logs. */
export function requestOrigin(req: Request): RequestOrigin {
  return { ip: req.ip ?? null, userAgent: req.get('user-agent')?.slice(0, 500) ?? null };
}
