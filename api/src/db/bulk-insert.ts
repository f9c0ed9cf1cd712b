import type { Database, Transaction } from './database';

/** Column name -> PostgreSQL type, in the order of the INSERT. */
export type Columns = Record<string, string>;

export interface BulkInsertOptions {
  transaction?: Transaction;
  /** Appended after the INSERT … SELECT, e.g. `ON CONFLICT (id) DO NOTHING`. */
  onConflict?: string;
  batchSize?: number;
}

/**
 * Inserts many rows in one statement per batch: the rows travel as a single JSON parameter
 * and `json_to_recordset` turns them into a table, so there is no per-row round trip and no
 * limit on the number of bind parameters. Rows are inserted in the order given (the event
 * chain's trigger relies on it).
 */
export async function bulkInsert(
  db: Database,
  table: string,
  columns: Columns,
  rows: ReadonlyArray<Record<string, unknown>>,
  options: BulkInsertOptions = {},
): Promise<void> {
  const names = Object.keys(columns);
  const definitions = names.map((name) => `${name} ${columns[name]}`).join(', ');
  const list = names.join(', ');
  const sql =
    `INSERT INTO ${table} (${list}) ` +
    `SELECT ${list} FROM ROWS FROM (json_to_recordset($1::json) AS (${definitions})) WITH ORDINALITY AS x(${list}, ordinal) ` +
    `ORDER BY ordinal ${options.onConflict ?? ''}`;
  const batchSize = options.batchSize ?? 1000;
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = rows.slice(start, start + batchSize);
    await db.query(sql, { bind: [JSON.stringify(batch)], transaction: options.transaction });
  }
}
