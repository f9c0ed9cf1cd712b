import { Router } from 'express';
import type { Database } from '../../db/database';
import { requireAbility } from '../../http/authenticate';
import { deletePreference, getPreference, listPreferences, putPreference } from './service';

/** The signed-in user's own list settings; the user comes from the session, never from the path. */
export function preferenceRoutes(db: Database): Router {
  const router = Router();

  router.get('/', requireAbility('read', 'Preference'), async (req, res) => {
    res.set('Cache-Control', 'no-store').json(await listPreferences(db, req.user!.id));
  });

  router.get('/:key', requireAbility('read', 'Preference'), async (req, res) => {
    res.set('Cache-Control', 'no-store').json({ key: req.params.key, value: await getPreference(db, req.user!.id, String(req.params.key)) });
  });

  router.put('/:key', requireAbility('update', 'Preference'), async (req, res) => {
    const key = String(req.params.key);
    res.json({ key, value: await putPreference(db, req.user!.id, key, req.body) });
  });

  router.delete('/:key', requireAbility('update', 'Preference'), async (req, res) => {
    await deletePreference(db, req.user!.id, String(req.params.key));
    res.status(204).end();
  });

  return router;
}
