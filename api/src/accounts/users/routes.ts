import { Router } from 'express';
import type { Database } from '../../db/database';
import { requireAbility } from '../../http/authenticate';
import { contentRange } from '../../http/simple-rest-query';
import { requestOrigin } from '../../http/request-origin';
import { getUser, listUsers } from './list-query';
import { createUser, updateUser } from './write';

export function userRoutes(db: Database, publicUrl: string): Router {
  const router = Router();
  router.use(requireAbility('read', 'User'));

  router.get('/', async (req, res) => {
    const { rows, total, offset } = await listUsers(db, req.ability!, req.query as Record<string, unknown>);
    res.set('Content-Range', contentRange('users', offset, rows.length, total)).json(rows);
  });

  router.get('/:id', async (req, res) => {
    res.json(await getUser(db, req.ability!, String(req.params.id)));
  });

  // The national administrator's account management (CASL `manage User`).
  router.post('/', requireAbility('create', 'User'), async (req, res) => {
    const id = await createUser(db, { user: req.user!, origin: requestOrigin(req) }, req.body, { publicUrl });
    res.status(201).json(await getUser(db, req.ability!, id));
  });

  router.put('/:id', requireAbility('update', 'User'), async (req, res) => {
    const id = String(req.params.id);
    await updateUser(db, { user: req.user!, origin: requestOrigin(req) }, id, req.body);
    res.json(await getUser(db, req.ability!, id));
  });

  return router;
}
