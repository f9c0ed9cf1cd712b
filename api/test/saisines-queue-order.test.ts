import { OPEN_STATUSES } from '@info-parquet/common';
import { createTestContext, type TestContext } from './support/test-app';
import { buildListScenario, listSaisines, type ListScenario } from './support/list-scenario';

// The default view (« À traiter », the `priority` sort) puts first what needs the clerk now.
let ctx: TestContext;
let s: ListScenario;

beforeAll(async () => {
  ctx = createTestContext();
  s = await buildListScenario(ctx);
  // An old urgent decision (2025) and an old new one: age alone must not bring them up.
  await ctx.db.query(`UPDATE saisines SET urgent = true, urgency_reason = 'Personne en garde à vue', received_at = '2025-03-01T09:00:00Z' WHERE id = :id`, {
    replacements: { id: s.ids.decidee },
  });
  await ctx.db.query(`UPDATE saisines SET received_at = '2026-01-15T10:00:00Z' WHERE id = :id`, { replacements: { id: s.ids.recuePv } });
});
afterAll(() => ctx.close());

const order = async (sort?: [string, string]) => {
  const response = await listSaisines(s.greffier, { filter: { status: OPEN_STATUSES }, ...(sort ? { sort } : {}) });
  expect(response.status).toBe(200);
  return (response.body as Array<{ id: string }>).map((row) => row.id);
};

test('urgent not yet taken into account, then new ones oldest first, then those in progress (urgent first), then decided ones', async () => {
  const expected = [
    s.ids.urgentRecue,
    s.ids.recuePv,
    s.ids.transfereeFromParis,
    s.ids.attribueeUrgent,
    s.ids.enregistree,
    s.ids.complement,
    s.ids.decidee,
  ];
  expect(await order()).toEqual(expected);
  expect(await order(['priority', 'ASC'])).toEqual(expected);
  expect(await order(['priority', 'DESC'])).toEqual([...expected].reverse());
});

test('an urgent referral taken into account joins the new ones, urgent first among them', async () => {
  await ctx.db.query(`UPDATE saisines SET first_ack_at = now() WHERE id = :id`, { replacements: { id: s.ids.urgentRecue } });
  expect((await order()).slice(0, 3)).toEqual([s.ids.urgentRecue, s.ids.recuePv, s.ids.transfereeFromParis]);
  // Registering it moves it among those in progress, still urgent first.
  await ctx.db.query(`UPDATE saisines SET status = 'enregistree', numero_parquet = '26/301/99', registered_at = now() WHERE id = :id`, {
    replacements: { id: s.ids.urgentRecue },
  });
  // Both urgent there: the older one (received first) leads.
  expect((await order()).slice(0, 4)).toEqual([s.ids.recuePv, s.ids.transfereeFromParis, s.ids.urgentRecue, s.ids.attribueeUrgent]);
});
