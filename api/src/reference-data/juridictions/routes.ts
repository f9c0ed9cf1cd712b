import { Router } from 'express';
import type { Database } from '../../db/database';
import { requireAbility } from '../../http/authenticate';
import { contentRange } from '../../http/simple-rest-query';
import { getJuridiction, listJuridictions } from './list';
import { updateJuridiction } from './write';

/** Courts: read by every signed-in user (routing, transfers), changed by the national administrator. */
export function juridictionRoutes(db: Database): Router {
  const router = Router();
  router.use(requireAbility('read', 'Juridiction'));

  router.get('/', async (req, res) => {
    const { rows, total, offset } = await listJuridictions(db, req.query as Record<string, unknown>);
    res.set('Content-Range', contentRange('juridictions', offset, rows.length, total)).json(rows);
  });

  router.get('/:id', async (req, res) => {
    res.json(await getJuridiction(db, String(req.params.id)));
  });

  router.put('/:id', requireAbility('update', 'Juridiction'), async (req, res) => {
    const id = String(req.params.id);
    await updateJuridiction(db, req.user!, id, req.body);
    res.json(await getJuridiction(db, id));
  });

  return router;
}
