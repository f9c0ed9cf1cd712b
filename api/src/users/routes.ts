import { Router } from 'express';
import type { Sequelize } from 'sequelize';
import { requireAbility } from '../http/authenticate';
import { contentRange } from '../http/simple-rest-query';
import { getUser, listUsers } from './list-query';

export function userRoutes(sequelize: Sequelize): Router {
  const router = Router();
  router.use(requireAbility('read', 'User'));

  router.get('/', async (req, res) => {
    const { rows, total, offset } = await listUsers(sequelize, req.ability!, req.query as Record<string, unknown>);
    res.set('Content-Range', contentRange('users', offset, rows.length, total)).json(rows);
  });

  router.get('/:id', async (req, res) => {
    res.json(await getUser(sequelize, req.ability!, String(req.params.id)));
  });

  return router;
}
