import { Router } from 'express';
import type { Sequelize } from 'sequelize';
import { requireAbility, requireUser } from '../../http/authenticate';
import { AppError } from '../../http/app-error';
import { contentRange, parseListQuery } from '../../http/simple-rest-query';
import { camelCaseKeys } from '../../db/rows';

const FILTERS = ['entity', 'entityId'] as const;
const SORTS = ['at'] as const;
const GUARDS = {
  juridiction: requireAbility('update', 'Juridiction'),
  administration: requireAbility('update', 'Administration'),
} as const;

/**
 * `GET /api/reference-changes?filter={"entity":"juridiction","entityId":"tj-blois"}`: the history
 * of one court or administration (ra-data-simple-rest, as `ReferenceManyField` asks for it), read
 * by whoever may change that kind of record. Always about one record: index (entity, entity_id, at).
 */
export function referenceChangeRoutes(sequelize: Sequelize): Router {
  const router = Router();
  router.use(requireUser);

  router.get('/', (req, res, next) => {
    const { filter } = parseListQuery(req.query as Record<string, unknown>, { filters: FILTERS, sorts: SORTS, defaultSort: { field: 'at', order: 'DESC' } });
    const guard = GUARDS[filter.entity as keyof typeof GUARDS];
    // An administration's id is a number: react-admin sends it as such.
    const entityId = typeof filter.entityId === 'number' ? String(filter.entityId) : filter.entityId;
    if (!guard || typeof entityId !== 'string' || entityId.length > 100) {
      return next(AppError.badRequest('Indiquez l’enregistrement : filtre « entity » (juridiction ou administration) et « entityId ».'));
    }
    guard(req, res, next);
  });

  router.get('/', async (req, res) => {
    const { sort, offset, limit, filter } = parseListQuery(req.query as Record<string, unknown>, {
      filters: FILTERS,
      sorts: SORTS,
      defaultSort: { field: 'at', order: 'DESC' },
    });
    const replacements = { entity: filter.entity, entityId: String(filter.entityId) };
    const [rows] = await sequelize.query(
      `SELECT id::text, at, entity, entity_id, action, user_email, changes FROM reference_changes
       WHERE entity = :entity AND entity_id = :entityId ORDER BY at ${sort.order}, id ${sort.order} LIMIT ${limit} OFFSET ${offset}`,
      { replacements },
    );
    const [[{ total }]] = (await sequelize.query(
      'SELECT count(*)::int AS total FROM reference_changes WHERE entity = :entity AND entity_id = :entityId',
      { replacements },
    )) as [[{ total: number }], unknown];
    res.set('Content-Range', contentRange('reference-changes', offset, rows.length, total));
    res.json((rows as Record<string, unknown>[]).map((row) => camelCaseKeys(row)));
  });

  return router;
}
