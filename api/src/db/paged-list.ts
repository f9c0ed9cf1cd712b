import type { Database } from './database';
import { AppError } from '../http/app-error';
import { camelCaseKeys } from './rows';

/**
 * The ILIKE pattern of a list's `q`: the text anywhere, its `%`, `_` and `\` taken literally.
 * Anything but a short string is a 400.
 */
export function containsPattern(q: unknown, maxLength = 100): string {
  if (typeof q !== 'string' || q.length > maxLength) throw AppError.badRequest('Recherche invalide.');
  return `%${q.replace(/[\\%_]/g, '\\$&')}%`;
}

/** The `active` filter of a reference-data list: a boolean or a 400. */
export function activeFilterSql(value: unknown): string {
  if (value !== true && value !== false) throw AppError.badRequest('Valeur de filtre invalide pour « active » : true ou false.');
  return `active = ${value}`;
}

/** One page of a list and its exact total (ra-data-simple-rest's answer), for the small administrative lists. */
export async function pagedList(
  db: Database,
  query: { select: string; table: string; where: string[]; orderBy: string; limit: number; offset: number; replacements?: Record<string, unknown> },
) {
  const clause = query.where.length ? query.where.join(' AND ') : 'TRUE';
  const { replacements } = query;
  const [rows] = await db.query(`${query.select} WHERE ${clause} ORDER BY ${query.orderBy} LIMIT ${query.limit} OFFSET ${query.offset}`, { replacements });
  const [[{ total }]] = (await db.query(`SELECT count(*)::int AS total FROM ${query.table} WHERE ${clause}`, { replacements })) as [
    [{ total: number }],
    unknown,
  ];
  return { rows: (rows as Record<string, unknown>[]).map((row) => camelCaseKeys(row)), total, offset: query.offset };
}
