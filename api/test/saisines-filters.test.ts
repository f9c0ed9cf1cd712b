import { OPEN_STATUSES } from '@info-parquet/common';
import { createTestContext, type TestContext } from './support/test-app';
import { buildListScenario, listSaisines, type ListScenario } from './support/list-scenario';
import type { Session } from './support/workflow';

let ctx: TestContext;
let s: ListScenario;

beforeAll(async () => {
  ctx = createTestContext();
  s = await buildListScenario(ctx);
  // Dates the tests can bound: one referral received in January, one decided in February.
  await ctx.db.query(`UPDATE saisines SET received_at = '2026-01-15T10:00:00Z' WHERE id = :id`, { replacements: { id: s.ids.recuePv } });
  await ctx.db.query(`UPDATE saisines SET decided_at = '2026-02-10T09:00:00Z' WHERE id = :id`, { replacements: { id: s.ids.decidee } });
});
afterAll(() => ctx.close());

const ids = async (session: Session, filter: Record<string, unknown>, sort?: [string, string]) => {
  const response = await listSaisines(session, { filter, ...(sort ? { sort } : {}) });
  expect(response.status).toBe(200);
  return (response.body as Array<{ id: string }>).map((row) => row.id).sort();
};
const sorted = (...values: string[]) => [...values].sort();

test('kind and administration kind, alone and together', async () => {
  expect(await ids(s.greffier, { kind: ['proces_verbal'] })).toEqual([s.ids.recuePv]);
  expect(await ids(s.greffier, { administrationKind: ['inspection_travail'] })).toEqual([s.ids.recuePv]);
  expect(await ids(s.greffier, { kind: ['proces_verbal'], administrationKind: ['dgfip'] })).toEqual([]);
  expect((await ids(s.greffier, { kind: ['signalement_article_40', 'plainte'] })).length).toBe(7);
  expect((await listSaisines(s.greffier, { filter: { administrationKind: 'ministere_inconnu' } })).status).toBe(400);
});

test('administration, by its directory entry', async () => {
  const [[dreets]] = (await ctx.db.query(`SELECT administration_id AS id FROM saisines WHERE id = :id`, {
    replacements: { id: s.ids.recuePv },
  })) as [[{ id: number }], unknown];
  expect(await ids(s.greffier, { administrationId: dreets.id })).toEqual([s.ids.recuePv]);
  expect(await ids(s.greffier, { administrationId: [dreets.id, 999_999] })).toEqual([s.ids.recuePv]);
  expect((await ids(s.greffier, { administrationId: [String(dreets.id)], kind: ['plainte'] })).length).toBe(0);
  for (const bad of ['DREETS', -1, [], 1.5]) {
    expect((await listSaisines(s.greffier, { filter: { administrationId: bad } })).status).toBe(400);
  }
});

test('assignee, alone and with the open statuses ("mes saisines")', async () => {
  const magistrat = s.userIds['magistrat.blois@justice.test'];
  expect(await ids(s.greffier, { assigneeId: magistrat })).toEqual(sorted(s.ids.attribueeUrgent, s.ids.decidee, s.ids.cloturee));
  expect(await ids(s.greffier, { assigneeId: [magistrat], status: OPEN_STATUSES })).toEqual(sorted(s.ids.attribueeUrgent, s.ids.decidee));
  expect((await listSaisines(s.greffier, { filter: { assigneeId: 'moi' } })).status).toBe(400);
});

test('received and decided date ranges; a bound that is not a date is a 400', async () => {
  const january = { receivedAt_gte: '2026-01-01T00:00:00.000Z', receivedAt_lte: '2026-01-31T23:59:59.999Z' };
  expect(await ids(s.greffier, january)).toEqual([s.ids.recuePv]);
  expect(await ids(s.greffier, { ...january, kind: ['signalement_article_40'] })).toEqual([]);
  expect(await ids(s.greffier, { decidedAt_gte: '2026-02-01', decidedAt_lte: '2026-02-28' })).toEqual([s.ids.decidee]);
  expect(await ids(s.greffier, { decidedAt_gte: '2026-02-01' })).toEqual(sorted(s.ids.decidee, s.ids.cloturee));
  // A calendar date is a whole day in Paris time (what the back-office's date inputs send).
  expect(await ids(s.greffier, { receivedAt_gte: '2026-01-15', receivedAt_lte: '2026-01-15' })).toEqual([s.ids.recuePv]);
  expect(await ids(s.greffier, { receivedAt_gte: '2026-01-16', receivedAt_lte: '2026-01-31' })).toEqual([]);
  await ctx.db.query(`UPDATE saisines SET received_at = '2026-01-15T23:30:00Z' WHERE id = :id`, { replacements: { id: s.ids.recuePv } });
  expect(await ids(s.greffier, { receivedAt_gte: '2026-01-15', receivedAt_lte: '2026-01-15' })).toEqual([]);
  expect(await ids(s.greffier, { receivedAt_gte: '2026-01-16', receivedAt_lte: '2026-01-16' })).toEqual([s.ids.recuePv]);
  await ctx.db.query(`UPDATE saisines SET received_at = '2026-01-15T10:00:00Z' WHERE id = :id`, { replacements: { id: s.ids.recuePv } });
  const bad = await listSaisines(s.greffier, { filter: { receivedAt_gte: 'hier' } });
  expect(bad.status).toBe(400);
  expect(bad.body.message).toBe('Date invalide pour le filtre « reçue après ».');
  expect((await listSaisines(s.greffier, { filter: { decidedAt_lte: 12 } })).status).toBe(400);
});

test('filters never widen the rules: another court, its people or a wide range give only one’s own court', async () => {
  expect(await ids(s.greffier, { juridictionId: 'tj-paris', kind: ['signalement_article_40'] })).toEqual([]);
  expect(await ids(s.greffier, { juridictionId: ['tj-paris', 'tj-blois'], urgent: true, status: OPEN_STATUSES })).toEqual(
    sorted(s.ids.urgentRecue, s.ids.attribueeUrgent),
  );
  expect(await ids(s.greffier, { assigneeId: s.userIds['greffier.paris@justice.test'] })).toEqual([]);
  expect(await ids(s.greffierParis, { assigneeId: s.userIds['magistrat.blois@justice.test'] })).toEqual([]);
  expect(await ids(s.greffierParis, { receivedAt_gte: '2000-01-01', administrationKind: ['dgfip'] })).toEqual([s.ids.paris]);
  expect(await ids(s.greffierParis, { id: [s.ids.urgentRecue, s.ids.paris] })).toEqual([s.ids.paris]);
});

test('the parquet number sort: registered ones in number order, then the others', async () => {
  const response = await listSaisines(s.greffier, { sort: ['numeroParquet', 'ASC'], filter: { status: ['enregistree', 'recue'] } });
  expect(response.status).toBe(200);
  const rows = response.body as Array<{ numeroParquet: string | null; assigneeName: string | null }>;
  expect(rows[0].numeroParquet).toMatch(/^26\/301\//);
  expect(rows.slice(1).every((row) => row.numeroParquet === null)).toBe(true);
  const assigned = await listSaisines(s.greffier, { filter: { id: s.ids.attribueeUrgent } });
  expect(assigned.body[0].assigneeName).toEqual(expect.any(String));
});
