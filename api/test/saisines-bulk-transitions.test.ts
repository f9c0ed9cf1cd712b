import request from 'supertest';
import { createTestContext, signIn, type TestContext } from './support/test-app';
import { buildListScenario, type ListScenario } from './support/list-scenario';
import type { Session } from './support/workflow';

let ctx: TestContext;
let s: ListScenario;

beforeAll(async () => {
  ctx = createTestContext();
  s = await buildListScenario(ctx);
});
afterAll(() => ctx.close());

const bulk = (session: Session, body: Record<string, unknown>) =>
  session.agent.post('/api/saisines/bulk-transitions').set('X-CSRF-Token', session.csrfToken).send(body);

const row = async (id: string) => {
  const [[found]] = (await ctx.db.query('SELECT status, assignee_id, version FROM saisines WHERE id = :id', { replacements: { id } })) as [
    [{ status: string; assignee_id: string | null; version: number }],
    unknown,
  ];
  return found;
};

test('assigns each referral independently and reports every item: partial failure, not visible, unknown', async () => {
  const magistrat = s.userIds['magistrat.blois@justice.test'];
  const ids = [s.ids.enregistree, s.ids.urgentRecue, s.ids.decidee, s.ids.paris, 'pas-un-identifiant'];
  const before = await row(s.ids.urgentRecue);
  const response = await bulk(s.greffier, { ids, to: 'attribuee', assigneeId: magistrat });
  expect(response.status).toBe(200);
  const results = response.body.results as Array<{ id: string; reference: string | null; ok: boolean; status?: string; message?: string; code?: number }>;
  expect(results.map((r) => [r.id, r.ok, r.code ?? null])).toEqual([
    [s.ids.enregistree, true, null],
    [s.ids.urgentRecue, false, 409],
    [s.ids.decidee, false, 409],
    [s.ids.paris, false, 404],
    ['pas-un-identifiant', false, 404],
  ]);
  expect(results[0]).toMatchObject({ status: 'attribuee', reference: expect.stringMatching(/^IP-/) });
  expect(results[1].message).toBe('Une saisine au statut « Reçue » ne peut pas passer au statut « Attribuée ».');
  expect(results[1].reference).toEqual(expect.stringMatching(/^IP-/));
  // Not visible: nothing about it is told, not even its reference.
  expect(results[3]).toMatchObject({ reference: null, message: 'Saisine introuvable ou non visible.' });

  expect(await row(s.ids.enregistree)).toMatchObject({ status: 'attribuee', assignee_id: magistrat });
  expect(await row(s.ids.urgentRecue)).toEqual(before);
  expect((await row(s.ids.paris)).status).toBe('recue');
  // One event per successful item, as a single transition writes.
  const [events] = await ctx.db.query(`SELECT to_status FROM saisine_events WHERE saisine_id = :id AND type = 'transition' ORDER BY seq`, {
    replacements: { id: s.ids.enregistree },
  });
  expect((events as Array<{ to_status: string }>).map((e) => e.to_status)).toEqual(['enregistree', 'attribuee']);
});

test('a per-item field error is reported with its reason (an assignee of another court)', async () => {
  const response = await bulk(s.greffier, { ids: [s.ids.attribueeUrgent], to: 'attribuee', assigneeId: s.userIds['greffier.paris@justice.test'] });
  expect(response.status).toBe(200);
  expect(response.body.results[0]).toMatchObject({ ok: false, code: 400 });
  expect(response.body.results[0].message).toMatch(/actif de sa juridiction/);
});

test('by filter: the list filter narrowed by the rules; the Paris clerk never touches Blois', async () => {
  const response = await bulk(s.greffierParis, { filter: { status: ['recue'], juridictionId: ['tj-blois', 'tj-paris'] }, to: 'attribuee', assigneeId: s.userIds['greffier.paris@justice.test'] });
  expect(response.status).toBe(200);
  const results = response.body.results as Array<{ id: string; ok: boolean; code?: number }>;
  expect(results.map((r) => r.id)).toEqual([s.ids.paris]);
  expect(results[0]).toMatchObject({ ok: false, code: 409 });
  expect((await bulk(s.greffier, { filter: { inconnu: true }, to: 'attribuee', assigneeId: s.userIds['magistrat.blois@justice.test'] })).status).toBe(400);
});

test('more than 1 000 referrals, a transition with per-item fields or a bad body is a 400', async () => {
  const tooMany = Array.from({ length: 1001 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
  const response = await bulk(s.greffier, { ids: tooMany, to: 'attribuee', assigneeId: s.userIds['magistrat.blois@justice.test'] });
  expect(response.status).toBe(400);
  expect(response.body.message).toBe('Au plus 1 000 saisines par action groupée.');
  // Beyond 1 000 matches of a filter.
  await ctx.db.query(
    `INSERT INTO saisines (reference, kind, routing, juridiction_id, sender_administration, sender_administration_kind,
       sender_agent_name, sender_agent_function, sender_email, facts_narrative, facts_start_date, facts_commune_insee, facts_knowledge)
     SELECT 'IP-2024-' || lpad(g::text, 6, '0'), src.kind, src.routing, src.juridiction_id, src.sender_administration,
       src.sender_administration_kind, src.sender_agent_name, src.sender_agent_function, src.sender_email,
       src.facts_narrative, src.facts_start_date, src.facts_commune_insee, src.facts_knowledge
     FROM generate_series(1, 1001) g, (SELECT * FROM saisines WHERE id = :id) src`,
    { replacements: { id: s.ids.paris } },
  );
  const byFilter = await bulk(s.greffierParis, { filter: { status: ['recue'] }, to: 'cloturee' });
  expect(byFilter.status).toBe(400);
  expect(byFilter.body.message).toMatch(/plus de 1 000 saisines/);
  expect((await bulk(s.greffier, { ids: [s.ids.decidee], to: 'decidee' })).status).toBe(400);
  expect((await bulk(s.greffier, { ids: [s.ids.decidee], filter: {}, to: 'cloturee' })).status).toBe(400);
  expect((await bulk(s.greffier, { ids: [], to: 'cloturee' })).status).toBe(400);
});

test('401 without a session, 403 without the transition right or the CSRF token', async () => {
  expect((await request(ctx.app).post('/api/saisines/bulk-transitions').send({ ids: [s.ids.decidee], to: 'cloturee' })).status).toBe(401);
  const analyste = await signIn(ctx.app, 'analyste@justice.test');
  expect((await bulk(analyste, { ids: [s.ids.decidee], to: 'cloturee' })).status).toBe(403);
  expect((await s.greffier.agent.post('/api/saisines/bulk-transitions').send({ ids: [s.ids.decidee], to: 'cloturee' })).status).toBe(403);
  // A role refusal is per item: a prosecutor may not close (the clerk does).
  const closing = await bulk(s.magistrat, { ids: [s.ids.decidee], to: 'cloturee' });
  expect(closing.body.results[0]).toMatchObject({ ok: false, code: 403 });
  const done = await bulk(s.greffier, { ids: [s.ids.decidee], to: 'cloturee' });
  expect(done.body.results[0]).toMatchObject({ ok: true, status: 'cloturee' });
});
