import { Router } from 'express';
import type { Sequelize } from 'sequelize';
import { requireAbility } from '../http/authenticate';
import { contentRange } from '../http/simple-rest-query';
import { listSaisines } from './list-query';
import { countQuickViews } from './counts';
import { getSaisineDetail } from './detail';
import { recordConsultation } from './consultations';
import { requestOrigin } from '../security/security-log';
import { withAvailableTransitions } from './available-transitions';
import { applyTransition } from './transition-service';

export function saisineRoutes(sequelize: Sequelize): Router {
  const router = Router();

  router.get('/', requireAbility('read', 'Saisine'), async (req, res) => {
    const { rows, total, offset } = await listSaisines(sequelize, req.ability!, req.query as Record<string, unknown>);
    res.set('Content-Range', contentRange('saisines', offset, rows.length, total)).json(rows);
  });

  // Before '/:id': the quick views' live counts, for the user's own rules.
  router.get('/counts', requireAbility('read', 'Saisine'), async (req, res) => {
    res.json(await countQuickViews(sequelize, req.ability!, req.user!.id));
  });

  router.get('/:id', requireAbility('read', 'Saisine'), async (req, res) => {
    const detail = await getSaisineDetail(sequelize, req.ability!, String(req.params.id));
    // No read without its record (DOMAIN.md: every consultation is logged).
    await recordConsultation(sequelize, { saisineId: String(req.params.id), userId: req.user!.id, origin: requestOrigin(req) });
    res.json(withAvailableTransitions(req.user!, req.ability!, detail));
  });

  // One step of the workflow (common/workflow.ts); the answer is the updated detail.
  router.post('/:id/transitions', requireAbility('transition', 'Saisine'), async (req, res) => {
    res.json(await applyTransition(sequelize, req.user!, req.ability!, String(req.params.id), req.body));
  });

  return router;
}
