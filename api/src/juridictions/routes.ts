import { Router } from 'express';
import type { Sequelize } from 'sequelize';
import { requireAbility } from '../http/authenticate';
import { AppError } from '../http/app-error';
import { contentRange, oneOrMany, parseListQuery } from '../http/simple-rest-query';
import { camelCaseKeys } from '../db/rows';

const FILTERS = ['q', 'id', 'type', 'departementCode'] as const;
const SORTS = ['nom', 'id', 'type', 'departementCode'] as const;
const COLUMNS = { nom: 'nom', id: 'id', type: 'type', departementCode: 'departement_code' } as const;
const SELECT = `SELECT id, type, nom, siege, siege_code_insee, departement_code, cour_appel, chambres_proximite,
  departements_ressort, adresse, email_bureau_ordre, email_permanence, telephone_permanence, urgence_delai_minutes,
  competence, active FROM juridictions`;

export function juridictionRoutes(sequelize: Sequelize): Router {
  const router = Router();
  router.use(requireAbility('read', 'Juridiction'));

  router.get('/', async (req, res) => {
    const { sort, offset, limit, filter } = parseListQuery(req.query as Record<string, unknown>, {
      filters: FILTERS,
      sorts: SORTS,
      defaultSort: { field: 'nom', order: 'ASC' },
    });
    const esc = (value: unknown) => sequelize.escape(value as string);
    const where = ['TRUE'];
    if (typeof filter.q === 'string') where.push(`(nom ILIKE ${esc(`%${filter.q}%`)} OR siege ILIKE ${esc(`%${filter.q}%`)})`);
    if (filter.id !== undefined) {
      const ids = Array.isArray(filter.id) ? filter.id : [filter.id];
      where.push(`id IN (${ids.map(esc).join(', ') || "''"})`);
    }
    if (filter.type !== undefined) where.push(`type IN (${oneOrMany(filter.type, ['TJ', 'TPI', 'SPECIALISE'], 'type').map(esc).join(', ')})`);
    if (typeof filter.departementCode === 'string') where.push(`${esc(filter.departementCode)} = ANY (departements_ressort)`);
    const clause = where.join(' AND ');
    const [rows] = await sequelize.query(
      `${SELECT} WHERE ${clause} ORDER BY ${COLUMNS[sort.field]} ${sort.order}, id LIMIT ${limit} OFFSET ${offset}`,
    );
    const [[{ total }]] = (await sequelize.query(`SELECT count(*)::int AS total FROM juridictions WHERE ${clause}`)) as [
      [{ total: number }],
      unknown,
    ];
    res.set('Content-Range', contentRange('juridictions', offset, rows.length, total));
    res.json((rows as Record<string, unknown>[]).map((row) => camelCaseKeys(row)));
  });

  router.get('/:id', async (req, res) => {
    const [rows] = await sequelize.query(`${SELECT} WHERE id = :id`, { replacements: { id: req.params.id } });
    const [row] = rows as Record<string, unknown>[];
    if (!row) throw AppError.notFound('Juridiction introuvable.');
    res.json(camelCaseKeys(row));
  });

  return router;
}
