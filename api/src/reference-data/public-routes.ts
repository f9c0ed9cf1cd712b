import { Router } from 'express';
import type { Database } from '../db/database';
import { requireRouting } from './communes/routing';
import { searchCommunes } from './communes/search';
import { listPublicJuridictions } from './juridictions/list';

/** What the public form reads of the reference data: communes, the competent court, the courts. */
export function publicReferenceDataRoutes(db: Database): Router {
  const router = Router();

  router.get('/communes', async (req, res) => {
    res.json(await searchCommunes(db, req.query.q));
  });

  router.get('/communes/:codeInsee/routage', async (req, res) => {
    res.json(await requireRouting(db, req.params.codeInsee));
  });

  router.get('/juridictions', async (_req, res) => {
    res.set('Cache-Control', 'public, max-age=3600').json(await listPublicJuridictions(db));
  });

  return router;
}
