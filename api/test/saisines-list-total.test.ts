import { LIST_COUNT_BOUND, OPEN_STATUSES, QUICK_VIEWS } from '@info-parquet/common';
import { createTestContext, type TestContext } from './support/test-app';
import { buildListScenario, listSaisines, type ListScenario } from './support/list-scenario';

// A list's total is counted exactly up to LIST_COUNT_BOUND; past it the answer says « more »
// (`Content-Range: saisines 0-24/*`) instead of counting a court's whole history.
let ctx: TestContext;
let s: ListScenario;
const CLONES = LIST_COUNT_BOUND + 40;

/**
 * Copies of one registered Blois referral, received one minute apart in 2019: the list's own
 * data as the workflow wrote it, only many more of them (no unique column copied).
 */
async function cloneReferral(id: string, count: number) {
  const [columns] = (await ctx.db.query(
    `SELECT column_name AS name FROM information_schema.columns
      WHERE table_name = 'saisines' AND is_generated = 'NEVER'
        AND column_name NOT IN ('id', 'reference', 'idempotency_key', 'numero_parquet', 'received_at', 'search_vector')`,
  )) as [Array<{ name: string }>, unknown];
  const list = columns.map((column) => column.name).join(', ');
  await ctx.db.query(
    `INSERT INTO saisines (id, reference, numero_parquet, received_at, ${list})
     SELECT gen_random_uuid(), 'IP-2019-' || lpad(g::text, 6, '0'), '19/001/' || g, timestamptz '2019-03-01 09:00Z' + g * interval '1 minute', ${list}
       FROM saisines, generate_series(1, :count) g WHERE id = :id`,
    { replacements: { id, count } },
  );
}

beforeAll(async () => {
  ctx = createTestContext();
  s = await buildListScenario(ctx);
  await cloneReferral(s.ids.enregistree, CLONES);
}, 120_000);
afterAll(() => ctx.close());

const range = (response: { headers: Record<string, string> }) => response.headers['content-range'];

test('past the bound, the total is not counted: « * », and the page is the same as with a full count', async () => {
  const response = await listSaisines(s.greffier, { filter: { status: OPEN_STATUSES }, range: [0, 24], sort: ['receivedAt', 'ASC'] });
  expect(response.status).toBe(200);
  expect(range(response)).toBe('saisines 0-24/*');
  const [expected] = (await ctx.db.query(
    `SELECT reference FROM saisines WHERE juridiction_id = 'tj-blois' AND status IN (:open) ORDER BY received_at, id LIMIT 25`,
    { replacements: { open: OPEN_STATUSES } },
  )) as [Array<{ reference: string }>, unknown];
  expect((response.body as Array<{ reference: string }>).map((row) => row.reference)).toEqual(expected.map((row) => row.reference));
});

test('up to the bound, the total is exact', async () => {
  // Everything but the clones: the scenario's open referrals of Blois.
  const response = await listSaisines(s.greffier, { filter: { status: OPEN_STATUSES, receivedAt_gte: '2020-01-01' }, range: [0, 24] });
  const [[{ exact }]] = (await ctx.db.query(
    `SELECT count(*)::int AS exact FROM saisines WHERE juridiction_id = 'tj-blois' AND status IN (:open) AND received_at >= '2020-01-01'`,
    { replacements: { open: OPEN_STATUSES } },
  )) as [[{ exact: number }], unknown];
  expect(exact).toBeGreaterThan(3);
  expect(range(response)).toBe(`saisines 0-${exact - 1}/${exact}`);
  // Exactly the bound: still counted.
  const [[{ total }]] = (await ctx.db.query(`SELECT count(*)::int AS total FROM saisines WHERE juridiction_id = 'tj-blois'`)) as [[{ total: number }], unknown];
  const [[{ cutoff }]] = (await ctx.db.query(
    `SELECT received_at AS cutoff FROM saisines WHERE juridiction_id = 'tj-blois' ORDER BY received_at DESC, id DESC OFFSET ${LIST_COUNT_BOUND - 1} LIMIT 1`,
  )) as [[{ cutoff: Date }], unknown];
  expect(total).toBeGreaterThan(LIST_COUNT_BOUND);
  const atBound = await listSaisines(s.greffier, { filter: { receivedAt_gte: new Date(cutoff).toISOString() }, range: [0, 24] });
  expect(range(atBound)).toBe(`saisines 0-24/${LIST_COUNT_BOUND}`);
});

test('a page deeper than the bound is served, still says « more » while rows follow it, and the last page is exact', async () => {
  const filter = { status: OPEN_STATUSES };
  const [[{ total }]] = (await ctx.db.query(`SELECT count(*)::int AS total FROM saisines WHERE juridiction_id = 'tj-blois' AND status IN (:open)`, {
    replacements: { open: OPEN_STATUSES },
  })) as [[{ total: number }], unknown];
  expect(total).toBeGreaterThan(LIST_COUNT_BOUND + 25);
  const deep = await listSaisines(s.greffier, { filter, range: [LIST_COUNT_BOUND, LIST_COUNT_BOUND + 9], sort: ['receivedAt', 'ASC'] });
  expect(range(deep)).toBe(`saisines ${LIST_COUNT_BOUND}-${LIST_COUNT_BOUND + 9}/*`);
  expect(deep.body).toHaveLength(10);
  // The page that reaches the end knows where the end is.
  const last = await listSaisines(s.greffier, { filter, range: [total - 5, total + 19], sort: ['receivedAt', 'ASC'] });
  expect(range(last)).toBe(`saisines ${total - 5}-${total - 1}/${total}`);
  // Past the end: an empty page, with the exact total.
  const past = await listSaisines(s.greffier, { filter, range: [total + 100, total + 124] });
  expect(past.body).toEqual([]);
  expect(range(past)).toBe(`saisines */${total}`);
});

test('another court’s list is not affected: Paris counts exactly', async () => {
  const response = await listSaisines(s.greffierParis, { range: [0, 24] });
  expect(range(response)).toMatch(/^saisines 0-\d+\/\d+$/);
});

test('the quick views count up to the bound too: « À traiter » says more, the others are exact', async () => {
  const response = await s.greffier.agent.get('/api/saisines/counts');
  expect(response.status).toBe(200);
  const counts = response.body as Record<string, number>;
  expect(counts.a_traiter).toBe(LIST_COUNT_BOUND + 1);
  // The clones are registered: « Non attribuées » holds them all, past the bound too.
  expect(counts.non_attribuees).toBe(LIST_COUNT_BOUND + 1);
  for (const view of ['a_enregistrer', 'urgentes', 'en_attente_complement', 'decidees_non_communiquees'] as const) {
    const list = await listSaisines(s.greffier, { filter: QUICK_VIEWS.find((candidate) => candidate.id === view)!.filter({ id: s.greffier.user.id }), range: [0, 24] });
    expect({ view, total: Number(range(list).split('/')[1]) }).toEqual({ view, total: counts[view] });
  }
});
