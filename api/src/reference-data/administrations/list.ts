import { sqlLiteral, type Database } from '../../db/database';
import { ADMINISTRATION_KINDS, isDepartementCode } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { oneOrMany, parseListQuery } from '../../http/simple-rest-query';
import { camelCaseKeys } from '../../db/rows';
import { activeFilterSql, containsPattern, pagedList } from '../../db/paged-list';

const FILTERS = ['q', 'id', 'kind', 'departementCode', 'active'] as const;
const SORTS = ['nom', 'kind', 'departementCode', 'id'] as const;
/** Each sort and filter is served by an index of migrations 0001 and 0016. */
const ORDER_BY = {
  nom: (dir: string) => `lower(nom) ${dir}, id`,
  kind: (dir: string) => `kind ${dir}, lower(nom) ${dir}, id`,
  departementCode: (dir: string) => `departement_code ${dir} NULLS LAST, lower(nom) ${dir}, id`,
  id: (dir: string) => `id ${dir}`,
} as const;
const SELECT = `SELECT id, nom, kind, departement_code, email, siret, active, created_at, updated_at FROM administrations`;

/** Administrations as ra-data-simple-rest lists them (the senders' directory). */
export async function listAdministrations(db: Database, query: Record<string, unknown>) {
  const { sort, offset, limit, filter } = parseListQuery(query, {
    filters: FILTERS,
    sorts: SORTS,
    defaultSort: { field: 'nom', order: 'ASC' },
  });
  const esc = (value: unknown) => sqlLiteral(value);
  const where = ['TRUE'];
  if (filter.q !== undefined) {
    where.push(`nom ILIKE ${esc(containsPattern(filter.q))}`);
  }
  if (filter.id !== undefined) {
    const ids = Array.isArray(filter.id) ? filter.id : [filter.id];
    if (!ids.every((id) => Number.isInteger(Number(id)) && Number(id) > 0)) throw AppError.badRequest('Identifiant invalide pour le filtre « id ».');
    where.push(ids.length ? `id IN (${ids.map(Number).join(', ')})` : 'FALSE');
  }
  if (filter.kind !== undefined) where.push(`kind IN (${oneOrMany(filter.kind, ADMINISTRATION_KINDS, 'type').map(esc).join(', ')})`);
  if (filter.departementCode !== undefined) {
    if (!isDepartementCode(filter.departementCode)) throw AppError.badRequest('Code de département invalide pour le filtre « département ».');
    where.push(`departement_code = ${esc(filter.departementCode)}`);
  }
  if (filter.active !== undefined) where.push(activeFilterSql(filter.active));
  return pagedList(db, { select: SELECT, table: 'administrations', where, orderBy: ORDER_BY[sort.field](sort.order), limit, offset });
}

export async function getAdministration(db: Database, id: string) {
  if (!/^[1-9]\d{0,9}$/.test(id)) throw AppError.notFound('Administration introuvable.');
  const [rows] = await db.query(`${SELECT} WHERE id = :id`, { replacements: { id: Number(id) } });
  const [row] = rows as Record<string, unknown>[];
  if (!row) throw AppError.notFound('Administration introuvable.');
  return camelCaseKeys(row);
}
