import type { Database, Row } from './database';
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
export function activeFilter(value: unknown): boolean {
  if (value !== true && value !== false) throw AppError.badRequest('Valeur de filtre invalide pour « active » : true ou false.');
  return value;
}

/**
 * The SQL conditions of the filters that are set: `conditions` maps each filter to its condition
 * over a `:name` placeholder of the same name (the filter object is then the replacements).
 */
export function conditionsOf<F extends object>(filter: F, conditions: Record<keyof F, string>): string[] {
  return (Object.keys(conditions) as Array<keyof F>).filter((key) => filter[key] !== undefined).map((key) => conditions[key]);
}

/**
 * One page of a list and its exact total (ra-data-simple-rest's answer), for the small
 * administrative lists; rows mapped by `map`, or in camelCase. `where` holds conditions over `:name` placeholders
 * whose values are in `replacements`.
 */
export async function pagedList<T = Record<string, unknown>>(
  db: Database,
  query: {
    select: string;
    table: string;
    where: string[];
    orderBy: string;
    limit: number;
    offset: number;
    replacements?: Record<string, unknown>;
    /** Maps a row to the contract's type (its keys put in camelCase by default). */
    map?: (row: Row) => T;
  },
): Promise<{ rows: T[]; total: number; offset: number }> {
  const clause = query.where.length ? query.where.join(' AND ') : 'TRUE';
  const { replacements } = query;
  const [rows] = await db.query(`${query.select} WHERE ${clause} ORDER BY ${query.orderBy} LIMIT ${query.limit} OFFSET ${query.offset}`, { replacements });
  const [[{ total }]] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM ${query.table} WHERE ${clause}`, { replacements });
  const map = query.map ?? ((row: Row) => camelCaseKeys<T>(row));
  return { rows: rows.map(map), total, offset: query.offset };
}
