import { sqlLiteral, type Database } from '../../db/database';
import type { AppAbility } from '@info-parquet/common';
import { saisineAccessSql } from '../access';
import { saisineWhereSql, type SaisineFilterValues } from '../list/list-filters';
import { SAISINE_LIST_FROM } from '../list/list-queries';
import { nullsPlace, orderBySql, saisineSortKeys, sortScopeSql, type SaisineSort, type SortDirection, type SortKey } from '../list/list-order';

export const EXPORT_BATCH_SIZE = 1000;

type Escape = (value: string) => string;

/** Rows strictly after `k = v` in the order of `k` (NULLs where the ORDER BY puts them). */
function after(k: SortKey, v: string | null, esc: Escape): string {
  if (v === null) return nullsPlace(k) === 'FIRST' ? `${k.column} IS NOT NULL` : 'FALSE';
  const base = `${k.column} ${k.dir === 'ASC' ? '>' : '<'} ${esc(v)}`;
  return k.nullable && nullsPlace(k) === 'LAST' ? `(${base} OR ${k.column} IS NULL)` : base;
}

const equal = (k: SortKey, v: string | null, esc: Escape) => (v === null ? `${k.column} IS NULL` : `${k.column} = ${esc(v)}`);

/**
 * The keyset condition "after the last row sent", for any list order: (k1 after) OR (k1 equal AND
 * k2 after) OR …; plus a bound on the first key when it is not nullable, which the index can use.
 */
export function keysetAfterSql(keys: SortKey[], last: Array<string | null>, esc: Escape): string {
  // One direction and no NULL: a row comparison, which PostgreSQL matches against the index.
  if (keys.every((k) => !k.nullable && k.dir === keys[0].dir) && last.every((v) => v !== null)) {
    const op = keys[0].dir === 'ASC' ? '>' : '<';
    return `(${keys.map((k) => k.column).join(', ')}) ${op} (${last.map((v) => esc(v!)).join(', ')})`;
  }
  const alternatives = keys.map((k, i) =>
    [...keys.slice(0, i).map((prev, j) => equal(prev, last[j], esc)), after(k, last[i], esc)].join(' AND '),
  );
  const [first] = keys;
  const bound = !first.nullable && last[0] !== null ? `${first.column} ${first.dir === 'ASC' ? '>=' : '<='} ${esc(last[0])} AND ` : '';
  return `${bound}(${alternatives.map((a) => `(${a})`).join(' OR ')})`;
}

/**
 * The referrals of a list filter, in the list's order, by batches of EXPORT_BATCH_SIZE: each batch
 * starts after the last row of the previous one (keyset), so no connection is held between batches,
 * nothing is skipped or repeated, and a deep batch costs the same as the first. Key values travel
 * as text so that timestamps keep their microseconds.
 */
export async function* exportBatches<Row>(
  db: Database,
  ability: AppAbility,
  options: { select: string; filter: SaisineFilterValues; sort: { field: SaisineSort; order: SortDirection } },
): AsyncGenerator<Row[]> {
  const esc: Escape = sqlLiteral;
  // The rules to read AND to export: a filter only narrows them.
  const where = `${saisineWhereSql(ability, options.filter)} AND ${saisineAccessSql(ability, 'export')}${sortScopeSql(options.sort.field)}`;
  const keys = saisineSortKeys(options.sort.field, options.sort.order);
  const keyColumns = keys.map((k, i) => `${k.column}::text AS keyset_${i}`).join(', ');
  let last: Array<string | null> | null = null;
  for (;;) {
    const [rows] = (await db.query(
      `SELECT ${options.select}, ${keyColumns}
       ${SAISINE_LIST_FROM}
       WHERE ${where}${last ? ` AND ${keysetAfterSql(keys, last, esc)}` : ''}
       ORDER BY ${orderBySql(keys)}
       LIMIT ${EXPORT_BATCH_SIZE}`,
    )) as [Array<Record<string, unknown>>, unknown];
    if (rows.length) yield rows as Row[];
    if (rows.length < EXPORT_BATCH_SIZE) return;
    const tail = rows[rows.length - 1];
    last = keys.map((_, i) => tail[`keyset_${i}`] as string | null);
  }
}
