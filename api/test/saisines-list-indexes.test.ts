import { defineAbilityFor, OPEN_STATUSES, QUICK_VIEWS } from '@info-parquet/common';
import { createTestContext, type TestContext } from './support/test-app';
import { saisineListSql } from '../src/saisines/list/list-queries';
import { SAISINE_SORTS } from '../src/saisines/list/list-order';

// Issue 4: every sort and quick view that the list offers is served by an index. The planner is
// told that sorting and scanning the whole table are (nearly) forbidden: if it still sorts, no
// index gives that order.
let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

const clerk = defineAbilityFor({ id: '00000000-0000-4000-8000-000000000001', role: 'greffier', juridictionId: 'tj-blois' });

interface PlanNode {
  'Node Type': string;
  Plans?: PlanNode[];
}
const nodeTypes = (node: PlanNode): string[] => [node['Node Type'], ...(node.Plans ?? []).flatMap(nodeTypes)];

async function planOf(sql: string): Promise<string[]> {
  return ctx.db.transaction(async (transaction) => {
    await ctx.db.query('SET LOCAL enable_sort = off; SET LOCAL enable_seqscan = off', { transaction });
    const [[row]] = await ctx.db.query<{ 'QUERY PLAN': Array<{ Plan: PlanNode }> }>(`EXPLAIN (FORMAT JSON) ${sql}`, {
      transaction,
    });
    return nodeTypes(row['QUERY PLAN'][0].Plan);
  });
}

describe.each(SAISINE_SORTS.flatMap((field) => [[field, 'ASC'], [field, 'DESC']] as const))('sort %s %s', (field, order) => {
  test.each([
    ['the whole court', {}],
    ['the open referrals', { status: OPEN_STATUSES }],
  ])('%s: read in index order, never sorted', async (_name, filter) => {
    const { pageSql } = saisineListSql(clerk, { sort: JSON.stringify([field, order]), filter: JSON.stringify(filter) });
    const plan = await planOf(pageSql);
    expect(plan).not.toContain('Sort');
    expect(plan).not.toContain('Incremental Sort');
    expect(plan).not.toContain('Seq Scan');
  });
});

test.each(QUICK_VIEWS.map((view) => [view.id, view] as const))('quick view %s: counted and listed without reading the table', async (_id, view) => {
  const filter = view.filter({ id: '00000000-0000-4000-8000-000000000001' });
  const { pageSql, totalSql } = saisineListSql(clerk, { filter: JSON.stringify(filter) });
  for (const sql of [pageSql, totalSql]) expect(await planOf(sql)).not.toContain('Seq Scan');
});
