import { Router } from 'express';
import type { Database } from '../../db/database';
import { requireAbility } from '../../http/authenticate';
import { requestOrigin } from '../../http/request-origin';
import { unlockUser } from './unlock';

/** `POST /api/users/:id/unlock`: the national administrator lifts a lock-out before its time. */
export function userUnlockRoutes(db: Database): Router {
  const router = Router();

  router.post('/:id/unlock', requireAbility('update', 'User'), async (req, res) => {
    res.json(await unlockUser(db, req.user!, requestOrigin(req), String(req.params.id)));
  });

  return router;
}
