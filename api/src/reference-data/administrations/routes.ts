import { Router } from 'express';
import type { Database } from '../../db/database';
import { requireAbility } from '../../http/authenticate';
import { contentRange } from '../../http/simple-rest-query';
import { getAdministration, listAdministrations } from './list';
import { createAdministration, updateAdministration } from './write';

/** `GET/POST/PUT /api/administrations` (ra-data-simple-rest): the national administrator keeps the directory. */
export function administrationRoutes(db: Database): Router {
  const router = Router();
  router.use(requireAbility('read', 'Administration'));

  router.get('/', async (req, res) => {
    const { rows, total, offset } = await listAdministrations(db, req.query as Record<string, unknown>);
    res.set('Content-Range', contentRange('administrations', offset, rows.length, total)).json(rows);
  });

  router.get('/:id', async (req, res) => {
    res.json(await getAdministration(db, String(req.params.id)));
  });

  router.post('/', requireAbility('create', 'Administration'), async (req, res) => {
    const id = await createAdministration(db, req.user!, req.body);
    res.status(201).json(await getAdministration(db, String(id)));
  });

  router.put('/:id', requireAbility('update', 'Administration'), async (req, res) => {
    const id = String(req.params.id);
    await updateAdministration(db, req.user!, id, req.body);
    res.json(await getAdministration(db, id));
  });

  return router;
}
