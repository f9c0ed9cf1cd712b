import type { Database } from '@info-parquet/api/src/db/database';
import { createDatabase } from '../../api/src/db/database';
import { generateSaisines } from '../src';

// The benches' histories (bench/src/prepare.ts): a court with a backlog, and decisions that all
// end up communicated.
jest.setTimeout(60_000);

const NOW = new Date('2026-12-07T12:00:00Z');
const DAY = 24 * 3600 * 1000;

let db: Database;
beforeAll(async () => {
  db = createDatabase(process.env.DATABASE_URL!);
  await generateSaisines(db, {
    count: 400,
    seed: 11,
    now: NOW,
    periodDays: 3 * 365,
    batchSize: 100,
    featuredCourts: [['tj-paris', 0.5]],
    backlog: { juridictionId: 'tj-paris', days: 180 },
  });
});
afterAll(() => db.close());

async function one<T>(sql: string): Promise<T> {
  return ((await db.query(sql, { replacements: { since: new Date(NOW.getTime() - 180 * DAY) } }))[0] as T[])[0];
}

test('a backlog court registers nothing since it stopped; what it received since stays to register, other courts go on', async () => {
  const paris = await one<{ registered: number; waiting: number; share: number }>(`
    SELECT count(*) FILTER (WHERE registered_at >= :since)::int AS registered,
           count(*) FILTER (WHERE received_at >= :since AND status IN ('recue', 'transferee'))::int AS waiting,
           (count(*)::float / (SELECT count(*) FROM saisines)) AS share
      FROM saisines WHERE juridiction_id = 'tj-paris'`);
  expect(paris.registered).toBe(0);
  expect(paris.waiting).toBeGreaterThan(10);
  expect(paris.share).toBeGreaterThan(0.35);
  const others = await one<{ registered: number }>(`SELECT count(*)::int AS registered FROM saisines WHERE juridiction_id <> 'tj-paris' AND registered_at >= :since`);
  expect(others.registered).toBeGreaterThan(0);
});

test('no decision waits for years to be communicated: old referrals are closed or still in progress, never left « décidée »', async () => {
  const old = await one<{ decided: number; closed: number }>(`
    SELECT count(*) FILTER (WHERE status = 'decidee')::int AS decided, count(*) FILTER (WHERE status = 'cloturee')::int AS closed
      FROM saisines WHERE received_at < '2024-12-07'`);
  expect(old.closed).toBeGreaterThan(50);
  expect(old.decided).toBe(0);
});
