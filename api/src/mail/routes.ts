import { Router } from 'express';
import type { Database } from '../db/database';
import { requireAbility } from '../http/authenticate';
import { contentRange } from '../http/simple-rest-query';
import { getOutboxMail, listOutbox } from './list';

/** The mail outbox, read by the national administrator (ra-data-simple-rest). */
export function outboxRoutes(db: Database): Router {
  const router = Router();
  router.use(requireAbility('read', 'Outbox'));

  router.get('/', async (req, res) => {
    const { rows, total, offset } = await listOutbox(db, req.query as Record<string, unknown>);
    res.set('Content-Range', contentRange('outbox', offset, rows.length, total)).json(rows);
  });

  router.get('/:id', async (req, res) => {
    res.json(await getOutboxMail(db, String(req.params.id)));
  });
  return router;
}
