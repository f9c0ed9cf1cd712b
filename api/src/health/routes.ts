import { Router } from 'express';
import type { Sequelize } from 'sequelize';

/** `200 {"status":"ok"}` when the database answers, `503` otherwise. */
export function healthRoutes(sequelize: Sequelize): Router {
  const router = Router();
  router.get('/', async (_req, res) => {
    try {
      await sequelize.query('SELECT 1');
      res.set('Cache-Control', 'no-store').json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'unavailable', message: 'La base de données ne répond pas.' });
    }
  });
  return router;
}
