import type { Database } from '../src/db/database';
import { createDatabase } from '../src/db/database';
import { figuresStatement, type CohortFilter } from '../src/indicateurs/queries';

/**
 * The dashboards read their cohort from the covering indexes of migration 0025 alone (index-only
 * scans): a column added to the cohort but not to the indexes would send every dashboard back to
 * the wide rows of `saisines`. Checked with the plan PostgreSQL would choose were the table large
 * (sequential and bitmap scans disabled: on a test database of a few rows it would read the table).
 */
let db: Database;
beforeAll(() => {
  db = createDatabase(process.env.DATABASE_URL!);
});
afterAll(() => db.close());

async function plan(filter: CohortFilter): Promise<string> {
  const { sql, replacements } = figuresStatement(filter);
  return db.transaction(async (transaction) => {
    await db.query('SET LOCAL enable_seqscan = off; SET LOCAL enable_bitmapscan = off', { transaction });
    const [rows] = await db.query(`EXPLAIN ${sql}`, { replacements, transaction });
    return (rows as Array<{ 'QUERY PLAN': string }>).map((row) => row['QUERY PLAN']).join('\n');
  });
}

const PERIOD = { from: '2026-01-01', to: '2026-03-31', administrationKind: null, administrationId: null, kind: null };

test('nationally: one index-only scan of saisines_indicators_received_idx', async () => {
  const text = await plan({ ...PERIOD, juridictionId: null });
  expect(text).toMatch(/Index Only Scan using saisines_indicators_received_idx on saisines/);
  expect(text).not.toMatch(/(Seq Scan|Index Scan|Bitmap Heap Scan) (using \S+ )?on saisines/);
});

test('for a court, with filters: index-only scans of the court index and of the transferred partial index', async () => {
  const text = await plan({ ...PERIOD, juridictionId: 'tj-blois', administrationKind: 'dgfip', kind: 'plainte', administrationId: 3 });
  expect(text).toMatch(/Index Only Scan using saisines_indicators_court_idx on saisines/);
  expect(text).toMatch(/Index Only Scan using saisines_indicators_transferred_idx on saisines/);
  expect(text).not.toMatch(/(Seq Scan|Index Scan|Bitmap Heap Scan) (using \S+ )?on saisines/);
});
