import request from 'supertest';
import { createTestContext, signIn, type TestContext } from './support/test-app';
import { validSubmission } from './support/fixtures';

let ctx: TestContext;
const ids: Record<string, string> = {};

beforeAll(async () => {
  ctx = createTestContext();
  const submit = (body: object) => request(ctx.app).post('/api/public/saisines').send(body);
  const blois = await submit(validSubmission());
  const bloisUrgent = await submit(
    validSubmission({ urgent: true, urgencyReason: 'Risque de disparition des preuves', qualification: 'Travail dissimulé' }),
  );
  const paris = await submit(
    validSubmission({
      facts: { ...validSubmission().facts, communeInsee: '75056', address: '1 rue de Rivoli, Paris' },
      persons: [{ role: 'mis_en_cause', type: 'physique', lastName: 'Lefèvre', firstName: 'Honorine' }],
    }),
  );
  for (const [name, response] of Object.entries({ blois, bloisUrgent, paris })) {
    expect(response.status).toBe(201);
    ids[name] = response.body.id;
  }
});
afterAll(() => ctx.close());

const list = (agent: ReturnType<typeof request.agent>, params: Record<string, unknown> = {}) =>
  agent.get('/api/saisines').query(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, JSON.stringify(v)])));

test('an unauthenticated list is a 401 with a French message', async () => {
  const response = await request(ctx.app).get('/api/saisines');
  expect(response.status).toBe(401);
  expect(response.body.message).toBe('Vous devez vous connecter.');
});

test('the Blois clerk lists only the referrals of TJ Blois, urgent first, with Content-Range', async () => {
  const { agent } = await signIn(ctx.app, 'greffier.blois@justice.test');
  const response = await list(agent, { range: [0, 24] });
  expect(response.status).toBe(200);
  expect(response.body.map((r: { id: string }) => r.id)).toEqual([ids.bloisUrgent, ids.blois]);
  expect(response.headers['content-range']).toBe('saisines 0-1/2');
  expect(response.body[0]).toMatchObject({ juridictionId: 'tj-blois', juridictionNom: 'Tribunal judiciaire de Blois', urgent: true, factsCommuneNom: 'Blois' });
});

test('filters never widen what the rules allow: asking for Paris gives the Blois clerk nothing', async () => {
  const { agent } = await signIn(ctx.app, 'greffier.blois@justice.test');
  const response = await list(agent, { filter: { juridictionId: 'tj-paris' } });
  expect(response.status).toBe(200);
  expect(response.body).toEqual([]);
  expect(response.headers['content-range']).toBe('saisines */0');
});

test('the Paris clerk sees the Paris referral, and a Blois referral is a 404 for them', async () => {
  const { agent } = await signIn(ctx.app, 'greffier.paris@justice.test');
  const response = await list(agent);
  expect(response.body.map((r: { id: string }) => r.id)).toEqual([ids.paris]);
  const hidden = await agent.get(`/api/saisines/${ids.blois}`);
  expect(hidden.status).toBe(404);
  expect(hidden.body.message).toBe('Saisine introuvable.');
  const absent = await agent.get('/api/saisines/00000000-0000-4000-8000-000000000000');
  expect(absent.status).toBe(404);
  expect(absent.body).toEqual(hidden.body);
});

test('full-text search finds names without accents, status and urgency filters work', async () => {
  const { agent } = await signIn(ctx.app, 'greffier.blois@justice.test');
  const byName = await list(agent, { filter: { q: 'durand' } });
  expect(byName.body).toHaveLength(2);
  const byQualification = await list(agent, { filter: { q: 'travail dissimule' } });
  expect(byQualification.body.map((r: { id: string }) => r.id)).toEqual([ids.bloisUrgent]);
  const urgent = await list(agent, { filter: { urgent: true, status: ['recue', 'enregistree'] } });
  expect(urgent.body.map((r: { id: string }) => r.id)).toEqual([ids.bloisUrgent]);
  const decided = await list(agent, { filter: { status: 'decidee' } });
  expect(decided.body).toEqual([]);
  const [first] = (await list(agent, { filter: { urgent: false } })).body;
  const byReference = await list(agent, { filter: { q: first.reference } });
  expect(byReference.body.map((r: { id: string }) => r.id)).toEqual([first.id]);
});

test('sorting and paging follow ra-data-simple-rest; unknown sort or filter is a 400', async () => {
  const { agent } = await signIn(ctx.app, 'greffier.blois@justice.test');
  const page = await list(agent, { sort: ['receivedAt', 'DESC'], range: [1, 1] });
  expect(page.body.map((r: { id: string }) => r.id)).toEqual([ids.blois]);
  expect(page.headers['content-range']).toBe('saisines 1-1/2');
  // A page past the end still tells the total (counted apart, since no row carries it).
  const beyond = await list(agent, { sort: ['receivedAt', 'DESC'], range: [10, 19] });
  expect(beyond.body).toEqual([]);
  expect(beyond.headers['content-range']).toBe('saisines */2');
  expect((await list(agent, { sort: ['sender_email; DROP TABLE saisines', 'ASC'] })).status).toBe(400);
  expect((await list(agent, { filter: { juridiction_id: 'tj-paris' } })).status).toBe(400);
  expect((await list(agent, { filter: { status: 'inconnu' } })).status).toBe(400);
  expect((await agent.get('/api/saisines').query({ range: 'nope' })).status).toBe(400);
});

test('the show page has the sender, the facts, the persons and a verified timeline', async () => {
  const { agent } = await signIn(ctx.app, 'magistrat.blois@justice.test');
  const response = await agent.get(`/api/saisines/${ids.blois}`);
  expect(response.status).toBe(200);
  expect(response.body).toMatchObject({
    id: ids.blois,
    status: 'recue',
    senderAgentName: 'Camille Martin',
    factsStartDate: '2026-09-14',
    factsCommuneNom: 'Blois',
  });
  expect(response.body.persons).toHaveLength(2);
  expect(response.body.events).toEqual([expect.objectContaining({ seq: 1, type: 'creation', toStatus: 'recue', actorType: 'sender' })]);
  expect(response.body.chain).toEqual({ ok: true, checked: 1, brokenSeq: null });
});

test('roles without referral access: the national administrator and the analyst get 403', async () => {
  for (const email of ['admin@justice.test', 'analyste@justice.test']) {
    const { agent } = await signIn(ctx.app, email);
    expect((await list(agent)).status).toBe(403);
    expect((await agent.get(`/api/saisines/${ids.blois}`)).status).toBe(403);
  }
});
