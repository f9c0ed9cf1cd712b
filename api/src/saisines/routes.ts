import { Router } from 'express';
import type { Sequelize } from 'sequelize';
import { requireAbility } from '../http/authenticate';
import { contentRange } from '../http/simple-rest-query';
import { listSaisines } from './list-query';
import { getSaisineDetail } from './detail';

export function saisineRoutes(sequelize: Sequelize): Router {
  const router = Router();

  router.get('/', requireAbility('read', 'Saisine'), async (req, res) => {
    const { rows, total, offset } = await listSaisines(sequelize, req.ability!, req.query as Record<string, unknown>);
    res.set('Content-Range', contentRange('saisines', offset, rows.length, total)).json(rows);
  });

  router.get('/:id', requireAbility('read', 'Saisine'), async (req, res) => {
    res.json(await getSaisineDetail(sequelize, req.ability!, String(req.params.id)));
  });

  return router;
}
