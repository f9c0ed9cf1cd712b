import { Router } from 'express';
import type { Database } from '../../db/database';
import { requireAbility } from '../../http/authenticate';
import { contentRange } from '../../http/simple-rest-query';
import { listSecurityEvents } from './security-events';

/** `GET /api/security-events`: the security log, for the national administrator (ra-data-simple-rest). */
export function securityEventRoutes(db: Database): Router {
  const router = Router();

  router.get('/', requireAbility('read', 'SecurityLog'), async (req, res) => {
    const page = await listSecurityEvents(db, req.query as Record<string, unknown>);
    res.set('Content-Range', contentRange('security-events', page.offset, page.rows.length, page.total));
    res.json(page.rows);
  });

  return router;
}
