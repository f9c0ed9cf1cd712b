import { Router } from 'express';
import type { Database } from '../db/database';
import { checkHealth, type HealthOptions } from './checks';

/**
 * `200 {"status":"ok","checks":{…}}` when the database answers, the upload disk keeps its
 * reserve and the background loops run on time; `503` with the failing check named in French otherwise (a load balancer takes the
 * process out, a supervisor raises the alarm).
 */
export function healthRoutes(db: Database, options: HealthOptions): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    res.set('Cache-Control', 'no-store');
    const { checks, problems } = await checkHealth(db, options);
    if (problems.length) res.status(503).json({ status: 'unavailable', message: problems.join(' '), checks });
    else res.json({ status: 'ok', checks });
  });
  return router;
}
