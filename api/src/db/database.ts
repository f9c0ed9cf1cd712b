import pg from 'pg';
import { postgresConnection } from './connection-options';
import { compileNamedParameters } from './named-parameters';

/** A transaction in progress: pass it to `query` to run a statement inside it. */
export interface Transaction {
  readonly client: pg.PoolClient;
}

export interface QueryOptions {
  /** Values of the `:name` placeholders (see named-parameters.ts). */
  replacements?: Record<string, unknown>;
  /** Values of `$1`, `$2`… when the SQL uses positional placeholders. */
  bind?: unknown[];
  transaction?: Transaction | null;
}

/** A result row, as PostgreSQL names its columns. */
export type Row = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/**
 * The API's one way to PostgreSQL: a single `pg` pool for every statement, the sessions' store
 * and the LISTEN connection. Statements are raw SQL with named bind parameters; each module's
 * data-access file maps the rows to the camelCase types the rest of the code uses.
 */
export interface Database {
  readonly pool: pg.Pool;
  /** The rows and the driver's result (`rowCount` for an UPDATE or DELETE). */
  query<T = Row>(sql: string, options?: QueryOptions): Promise<[T[], pg.QueryResult]>;
  /** Runs `work` in one transaction on one connection: COMMIT when it resolves, ROLLBACK when it throws. */
  transaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

// `date` columns stay 'YYYY-MM-DD' strings: a JavaScript Date would shift them by the time zone.
const DATE_OID = 1082;
const DATE_ARRAY_OID = 1182;
const types = {
  getTypeParser: ((oid: number, format?: 'text' | 'binary') => {
    if (oid === DATE_OID) return (value: string) => value;
    if (oid === DATE_ARRAY_OID) return (value: string) => (pg.types.arrayParser as unknown as { create(source: string, transform: (item: string) => string): { parse(): string[] } }).create(value, (item: string) => item).parse();
    return pg.types.getTypeParser(oid, format);
  }) as typeof pg.types.getTypeParser,
};

export interface DatabaseOptions {
  max?: number;
  /** Called when an idle connection is dropped by the server (restart, shutdown): not a crash. */
  onIdleError?: (error: Error) => void;
}

export function createDatabase(databaseUrl: string, options: DatabaseOptions = {}): Database {
  const pool = new pg.Pool({
    ...postgresConnection(databaseUrl),
    max: options.max ?? 10,
    idleTimeoutMillis: 10_000,
    // A pool exhausted for this long is a fault to report, not a request to hold forever.
    connectionTimeoutMillis: 30_000,
    // Dates computed by SQL (`::date`, `date_trunc`) are UTC days, whatever the server's zone.
    options: '-c TimeZone=UTC',
    types,
  });
  pool.on('error', (error) => options.onIdleError?.(error));

  const run = async <T>(sql: string, queryOptions: QueryOptions = {}): Promise<[T[], pg.QueryResult]> => {
    const compiled = queryOptions.replacements
      ? compileNamedParameters(sql, queryOptions.replacements)
      : { text: sql, values: queryOptions.bind ?? [] };
    const target = queryOptions.transaction?.client ?? pool;
    const result = await target.query(compiled.values.length > 0 ? { text: compiled.text, values: compiled.values } : compiled.text);
    // A multi-statement text answers one result per statement: the rows of all of them.
    const results = Array.isArray(result) ? (result as pg.QueryResult[]) : [result];
    const rows = results.flatMap((one) => one.rows ?? []) as T[];
    return [rows, results[results.length - 1]];
  };

  return {
    pool,
    query: run,
    async transaction<T>(work: (transaction: Transaction) => Promise<T>): Promise<T> {
      const client = await pool.connect();
      let broken: Error | undefined;
      // The server may drop the connection between two statements (restart, kill): the error
      // event is this transaction's to handle (its next statement fails), not the process's.
      const onError = (error: Error) => {
        broken = error;
      };
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const value = await work({ client });
        await client.query('COMMIT');
        return value;
      } catch (error) {
        await client.query('ROLLBACK').catch((rollbackError: Error) => {
          broken = rollbackError;
        });
        throw error;
      } finally {
        client.off('error', onError);
        // A connection that failed or could not roll back is discarded, never handed on.
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}

/** PostgreSQL's code for a duplicate key. */
export const UNIQUE_VIOLATION = '23505';

/** PostgreSQL's error code (`23505` unique violation…) of an error thrown by `query`. */
export function databaseErrorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/** A value as an SQL literal, for the few statements whose text is built from access rules. */
export function sqlLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'NULL';
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Nombre invalide dans une requête : ${value}`);
    return String(value);
  }
  if (value instanceof Date) return pg.escapeLiteral(value.toISOString());
  if (Array.isArray(value)) return value.length ? value.map(sqlLiteral).join(', ') : 'NULL';
  return pg.escapeLiteral(String(value));
}
