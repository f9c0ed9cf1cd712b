import request from 'supertest';
import { QUICK_VIEWS } from '@info-parquet/common';
import { createTestContext, signIn, type TestContext } from './support/test-app';
import { buildListScenario, contentRangeTotal, listSaisines, type ListScenario } from './support/list-scenario';
import type { Session } from './support/workflow';

let ctx: TestContext;
let scenario: ListScenario;

beforeAll(async () => {
  ctx = createTestContext();
  scenario = await buildListScenario(ctx);
});
afterAll(() => ctx.close());

const counts = async (session: Session) => {
  const response = await session.agent.get('/api/saisines/counts');
  expect(response.status).toBe(200);
  return response.body as Record<string, number>;
};

/** Every view's count is the total that the list shows for the view's filter. */
async function expectCountsMatchList(session: Session) {
  const body = await counts(session);
  expect(Object.keys(body).sort()).toEqual(QUICK_VIEWS.map((view) => view.id).sort());
  for (const view of QUICK_VIEWS) {
    const list = await listSaisines(session, { filter: view.filter({ id: session.user.id }), range: [0, 24] });
    expect(list.status).toBe(200);
    expect({ view: view.id, total: contentRangeTotal(list.headers['content-range']) }).toEqual({ view: view.id, total: body[view.id] });
  }
  return body;
}

test('the Blois clerk’s counts, each equal to the list’s Content-Range total for the same filter', async () => {
  const body = await expectCountsMatchList(scenario.greffier);
  expect(body).toEqual({
    a_traiter: 7,
    // Received, plus the one transferred from Paris that Blois must register anew.
    a_enregistrer: 3,
    // The closed urgent one and the Paris urgent one are not counted.
    urgentes: 2,
    mes_saisines: 0,
    non_attribuees: 1,
    en_attente_complement: 1,
    decidees_non_communiquees: 1,
  });
});

test('the Blois prosecutor’s "mes saisines": assigned to them and not closed', async () => {
  const body = await expectCountsMatchList(scenario.magistrat);
  expect(body.mes_saisines).toBe(2);
  const mine = await listSaisines(scenario.magistrat, { filter: QUICK_VIEWS.find((v) => v.id === 'mes_saisines')!.filter(scenario.magistrat.user) });
  expect(mine.body.map((row: { id: string }) => row.id).sort()).toEqual([scenario.ids.attribueeUrgent, scenario.ids.decidee].sort());
});

test('a Paris referral is never counted for Blois, and the Paris clerk counts only Paris', async () => {
  const body = await expectCountsMatchList(scenario.greffierParis);
  expect(body).toMatchObject({ a_traiter: 1, urgentes: 1, a_enregistrer: 1 });
  const blois = await counts(scenario.greffier);
  const bloisUrgent = await listSaisines(scenario.greffier, { filter: { urgent: true, status: ['recue'] } });
  expect(bloisUrgent.body.map((row: { id: string }) => row.id)).toEqual([scenario.ids.urgentRecue]);
  expect(blois.urgentes).toBe(2);
});

test('counts need a session and a role that reads referrals', async () => {
  expect((await request(ctx.app).get('/api/saisines/counts')).status).toBe(401);
  for (const email of ['admin@justice.test', 'analyste@justice.test']) {
    const { agent } = await signIn(ctx.app, email);
    expect((await agent.get('/api/saisines/counts')).status).toBe(403);
  }
});

test('the counts are documented in the OpenAPI document', async () => {
  const response = await request(ctx.app).get('/api/openapi.json');
  expect(response.body.paths['/saisines/counts'].get.responses[200]).toBeDefined();
});
