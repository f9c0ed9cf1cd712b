import { sqlLiteral, type Database } from '../../db/database';
import { isDepartementCode } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { oneOrMany, parseListQuery } from '../../http/simple-rest-query';
import { camelCaseKeys } from '../../db/rows';
import { activeFilterSql, containsPattern, pagedList } from '../../db/paged-list';

const FILTERS = ['q', 'id', 'type', 'departementCode', 'active'] as const;
const SORTS = ['nom', 'id', 'type', 'departementCode'] as const;
/** Each sort and filter is served by an index of migrations 0001 and 0016. */
const ORDER_BY = {
  nom: (dir: string) => `nom ${dir}, id`,
  id: (dir: string) => `id ${dir}`,
  type: (dir: string) => `type ${dir}, nom ${dir}, id`,
  departementCode: (dir: string) => `departement_code ${dir}, nom ${dir}, id`,
} as const;
const SELECT = `SELECT id, type, nom, siege, siege_code_insee, departement_code, cour_appel, chambres_proximite,
  departements_ressort, adresse, email_bureau_ordre, email_permanence, telephone_permanence, urgence_delai_minutes,
  competence, active FROM juridictions`;

/** Courts as ra-data-simple-rest lists them: every signed-in user reads them (routing, transfers). */
export async function listJuridictions(db: Database, query: Record<string, unknown>) {
  const { sort, offset, limit, filter } = parseListQuery(query, {
    filters: FILTERS,
    sorts: SORTS,
    defaultSort: { field: 'nom', order: 'ASC' },
  });
  const esc = (value: unknown) => sqlLiteral(value);
  const where = ['TRUE'];
  if (filter.q !== undefined) {
    const pattern = esc(containsPattern(filter.q));
    where.push(`(nom ILIKE ${pattern} OR siege ILIKE ${pattern})`);
  }
  if (filter.id !== undefined) {
    const ids = Array.isArray(filter.id) ? filter.id : [filter.id];
    if (!ids.every((id) => typeof id === 'string')) throw AppError.badRequest('Identifiant invalide pour le filtre « id ».');
    where.push(ids.length ? `id IN (${ids.map(esc).join(', ')})` : 'FALSE');
  }
  if (filter.type !== undefined) where.push(`type IN (${oneOrMany(filter.type, ['TJ', 'TPI', 'SPECIALISE'], 'type').map(esc).join(', ')})`);
  if (filter.departementCode !== undefined) {
    if (!isDepartementCode(filter.departementCode)) {
      throw AppError.badRequest('Code de département invalide pour le filtre « département ».');
    }
    // A court serves the departments of its jurisdiction (GIN index on the array).
    where.push(`departements_ressort @> ARRAY[${esc(filter.departementCode)}]::text[]`);
  }
  if (filter.active !== undefined) where.push(activeFilterSql(filter.active));
  return pagedList(db, { select: SELECT, table: 'juridictions', where, orderBy: ORDER_BY[sort.field](sort.order), limit, offset });
}

export async function getJuridiction(db: Database, id: string) {
  const [rows] = await db.query(`${SELECT} WHERE id = :id`, { replacements: { id } });
  const [row] = rows as Record<string, unknown>[];
  if (!row) throw AppError.notFound('Juridiction introuvable.');
  return camelCaseKeys(row);
}
