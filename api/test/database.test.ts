import { createDatabase, databaseErrorCode, sqlLiteral, UNIQUE_VIOLATION, type Database } from '../src/db/database';

let db: Database;

beforeAll(() => {
  db = createDatabase(process.env.DATABASE_URL!, { max: 3 });
});
afterAll(() => db.close());

describe('Database (the one pg pool)', () => {
  it('binds named parameters, types included, and answers rows with their driver result', async () => {
    const [rows, result] = await db.query<{ n: number; t: string; b: boolean; missing: boolean }>(
      'SELECT :n::int + 1 AS n, :t || \'!\' AS t, :b::boolean AS b, (:missing::text IS NULL) AS missing',
      { replacements: { n: 41, t: 'ok', b: true, missing: undefined } },
    );
    expect(rows).toEqual([{ n: 42, t: 'ok!', b: true, missing: true }]);
    expect(result.rowCount).toBe(1);
  });

  it('keeps calendar dates as written and reads timestamps in UTC days', async () => {
    const [[row]] = await db.query<{ day: string; days: string[]; at: Date; utcDay: string }>(
      `SELECT '2026-03-29'::date AS day, ARRAY['2026-01-01'::date, '2026-12-31'::date] AS days,
              '2026-03-29T23:30:00+00:00'::timestamptz AS at,
              ('2026-03-29T23:30:00+00:00'::timestamptz)::date::text AS "utcDay"`,
    );
    expect(row.day).toBe('2026-03-29');
    expect(row.days).toEqual(['2026-01-01', '2026-12-31']);
    expect(row.at).toEqual(new Date('2026-03-29T23:30:00Z'));
    expect(row.utcDay).toBe('2026-03-29');
  });

  it('commits a transaction that resolves and rolls back one that throws, on one connection', async () => {
    await db.query('CREATE TEMPORARY TABLE IF NOT EXISTS never_shared (id int)');
    await db.query('CREATE TABLE database_test_rows (id int PRIMARY KEY)');
    await db.transaction(async (transaction) => {
      await db.query('INSERT INTO database_test_rows VALUES (:id)', { replacements: { id: 1 }, transaction });
      const [[{ pid }]] = await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid', { transaction });
      const [[again]] = await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid', { transaction });
      expect(again.pid).toBe(pid);
    });
    const failure = db.transaction(async (transaction) => {
      await db.query('INSERT INTO database_test_rows VALUES (2)', { transaction });
      await db.query('INSERT INTO database_test_rows VALUES (1)', { transaction });
    });
    await expect(failure).rejects.toThrow();
    expect(databaseErrorCode(await failure.catch((error: unknown) => error))).toBe(UNIQUE_VIOLATION);
    const [rows] = await db.query<{ id: number }>('SELECT id FROM database_test_rows ORDER BY id');
    expect(rows).toEqual([{ id: 1 }]);
    const [, deleted] = await db.query('DELETE FROM database_test_rows');
    expect(deleted.rowCount).toBe(1);
  });

  it('survives its connection dropped in the middle of a transaction: the transaction fails, the pool goes on', async () => {
    const dropped = db.transaction(async (transaction) => {
      const [[{ pid }]] = await db.query<{ pid: number }>('SELECT pg_backend_pid() AS pid', { transaction });
      await db.query('SELECT pg_terminate_backend(:pid)', { replacements: { pid } });
      // The server's goodbye arrives between two statements, as when PostgreSQL is killed.
      await new Promise((resolve) => setTimeout(resolve, 300));
      await db.query('SELECT 1', { transaction });
    });
    await expect(dropped).rejects.toThrow();
    const [[row]] = await db.query<{ ok: number }>('SELECT 1 AS ok');
    expect(row.ok).toBe(1);
  });

  it('runs a multi-statement text without parameters (migrations) and returns every row', async () => {
    const [rows] = await db.query('SELECT 1 AS a; SELECT 2 AS a');
    expect(rows).toEqual([{ a: 1 }, { a: 2 }]);
  });

  it('writes literals that PostgreSQL reads back unchanged', async () => {
    const awkward = "l'été \\ \"guillemets\" ; --";
    const [[row]] = await db.query<{ s: string; n: number; b: boolean; z: null }>(
      `SELECT ${sqlLiteral(awkward)} AS s, ${sqlLiteral(12.5)} AS n, ${sqlLiteral(false)} AS b, ${sqlLiteral(null)} AS z`,
    );
    expect(row).toEqual({ s: awkward, n: '12.5', b: false, z: null });
    expect(() => sqlLiteral(Number.NaN)).toThrow();
  });
});
