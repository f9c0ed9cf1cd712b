import { Router } from 'express';
import type { Sequelize } from 'sequelize';
import { requireAbility } from '../../http/authenticate';
import { contentRange } from '../../http/simple-rest-query';
import { listSecurityEvents } from './security-events';

/** `GET /api/security-events`: the security log, for the national administrator (ra-data-simple-rest). */
export function securityEventRoutes(sequelize: Sequelize): Router {
  const router = Router();

  router.get('/', requireAbility('read', 'SecurityLog'), async (req, res) => {
    const page = await listSecurityEvents(sequelize, req.query as Record<string, unknown>);
    res.set('Content-Range', contentRange('security-events', page.offset, page.rows.length, page.total));
    res.json(page.rows);
  });

  return router;
}
