import { Router } from 'express';
import type { Database } from '../../db/database';
import { requireAbility, requireUser } from '../../http/authenticate';
import { AppError } from '../../http/app-error';
import { contentRange, parseListQuery } from '../../http/simple-rest-query';
import { listReferenceChanges, REFERENCE_CHANGE_LIST } from './reference-changes';

const GUARDS = {
  juridiction: requireAbility('update', 'Juridiction'),
  administration: requireAbility('update', 'Administration'),
} as const;

/**
 * `GET /api/reference-changes?filter={"entity":"juridiction","entityId":"tj-blois"}`: the history
 * of one court or administration (ra-data-simple-rest, as `ReferenceManyField` asks for it), read
 * by whoever may change that kind of record. Always about one record: index (entity, entity_id, at).
 */
export function referenceChangeRoutes(db: Database): Router {
  const router = Router();
  router.use(requireUser);

  router.get('/', (req, res, next) => {
    const { filter } = parseListQuery(req.query as Record<string, unknown>, REFERENCE_CHANGE_LIST);
    const guard = GUARDS[filter.entity as keyof typeof GUARDS];
    // An administration's id is a number: react-admin sends it as such.
    const entityId = typeof filter.entityId === 'number' ? String(filter.entityId) : filter.entityId;
    if (!guard || typeof entityId !== 'string' || entityId.length > 100) {
      return next(AppError.badRequest('Indiquez l’enregistrement : filtre « entity » (juridiction ou administration) et « entityId ».'));
    }
    guard(req, res, next);
  });

  router.get('/', async (req, res) => {
    const page = await listReferenceChanges(db, req.query as Record<string, unknown>);
    res.set('Content-Range', contentRange('reference-changes', page.offset, page.rows.length, page.total));
    res.json(page.rows);
  });

  return router;
}
