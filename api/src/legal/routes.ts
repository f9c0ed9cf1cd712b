import { Router } from 'express';
import { informationsLegales, type LegalSettings } from './settings';

/** `GET /api/public/informations-legales`: the operator's facts shown by the legal pages. */
export function legalRoutes(settings: LegalSettings): Router {
  const router = Router();
  const answer = informationsLegales(settings);
  router.get('/informations-legales', (_req, res) => {
    res.set('Cache-Control', 'public, max-age=3600').json(answer);
  });
  return router;
}
