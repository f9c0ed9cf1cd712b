import request from 'supertest';
import { createTestContext, signIn, type TestContext } from './support/test-app';
import { validSubmission } from './support/fixtures';

let ctx: TestContext;
let saisineId: string;
beforeAll(async () => {
  ctx = createTestContext();
  const response = await request(ctx.app).post('/api/public/saisines').send(validSubmission());
  expect(response.status).toBe(201);
  saisineId = response.body.id;
});
afterAll(() => ctx.close());

const query = (params: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(params).map(([key, value]) => [key, JSON.stringify(value)]));

test('a permission refusal is a 403 and a row of the security log; a clerk may not read the log', async () => {
  const clerk = await signIn(ctx.app, 'greffier.blois@justice.test');
  const refused = await clerk.agent.get('/api/security-events');
  expect(refused.status).toBe(403);
  expect(refused.body.message).toBe('Vous n’avez pas le droit de faire cette action.');
  const analyst = await signIn(ctx.app, 'analyste@justice.test');
  expect((await analyst.agent.get(`/api/saisines/${saisineId}`)).status).toBe(403);
  expect((await request(ctx.app).get('/api/security-events')).status).toBe(401);

  const admin = await signIn(ctx.app, 'admin@justice.test');
  const response = await admin.agent.get('/api/security-events').query(query({ filter: { type: 'permission_denied' }, sort: ['at', 'ASC'] }));
  expect(response.status).toBe(200);
  expect(response.headers['content-range']).toBe('security-events 0-1/2');
  expect(response.body).toEqual([
    expect.objectContaining({
      type: 'permission_denied',
      userId: clerk.user.id,
      email: 'greffier.blois@justice.test',
      ip: expect.stringContaining('127.0.0.1'),
      details: { action: 'read', subject: 'SecurityLog', method: 'GET', path: '/api/security-events' },
    }),
    expect.objectContaining({
      userId: analyst.user.id,
      details: { action: 'read', subject: 'Saisine', method: 'GET', path: `/api/saisines/${saisineId}` },
    }),
  ]);
});

test('the administrator lists the log with filters on type, user and dates, newest first', async () => {
  await request(ctx.app).post('/api/auth/login').send({ email: 'magistrat.blois@justice.test', password: 'mauvais-mot-de-passe' });
  const admin = await signIn(ctx.app, 'admin@justice.test');
  const list = (params: Record<string, unknown>) => admin.agent.get('/api/security-events').query(query(params));

  const all = await list({ range: [0, 99] });
  expect(all.status).toBe(200);
  const ats = all.body.map((e: { at: string }) => e.at);
  expect([...ats].sort().reverse()).toEqual(ats);
  expect(new Set(all.body.map((e: { type: string }) => e.type))).toEqual(new Set(['login_succeeded', 'permission_denied', 'login_failed']));

  const failed = await list({ filter: { type: ['login_failed', 'account_locked'] } });
  expect(failed.body).toEqual([
    expect.objectContaining({ type: 'login_failed', email: 'magistrat.blois@justice.test', details: { reason: 'bad_password' }, userAgent: null }),
  ]);
  const mine = await list({ filter: { userId: admin.user.id, type: 'login_succeeded' } });
  expect(mine.body.length).toBeGreaterThanOrEqual(2);
  expect(mine.body.every((e: { userId: string }) => e.userId === admin.user.id)).toBe(true);

  const future = await list({ filter: { at_gte: new Date(Date.now() + 60_000).toISOString() } });
  expect(future.body).toEqual([]);
  expect(future.headers['content-range']).toBe('security-events */0');
  const past = await list({ filter: { at_lte: new Date(Date.now() + 60_000).toISOString(), at_gte: '2020-01-01' } });
  expect(past.body.length).toBe(all.body.length);

  for (const bad of [{ filter: { userAgent: 'curl' } }, { filter: { ip: "1' OR '1'='1" } }, { filter: { type: 'drop table' } }, { filter: { userId: 'x' } }, { filter: { at_gte: 'hier' } }, { sort: ['email', 'ASC'] }]) {
    expect((await list(bad)).status).toBe(400);
  }
});

test('the security log is append-only', async () => {
  await expect(ctx.db.query(`UPDATE security_events SET type = 'login_succeeded'`)).rejects.toThrow(/ajout seul/);
  await expect(ctx.db.query('DELETE FROM security_events')).rejects.toThrow(/ajout seul/);
});

test('every read of a referral is recorded (who, which, when); the list and refusals record nothing', async () => {
  const clerk = await signIn(ctx.app, 'greffier.blois@justice.test');
  const prosecutor = await signIn(ctx.app, 'magistrat.blois@justice.test');
  const paris = await signIn(ctx.app, 'greffier.paris@justice.test');
  expect((await clerk.agent.get('/api/saisines')).status).toBe(200);
  const before = Date.now();
  expect((await clerk.agent.get(`/api/saisines/${saisineId}`)).status).toBe(200);
  expect((await clerk.agent.get(`/api/saisines/${saisineId}`)).status).toBe(200);
  expect((await prosecutor.agent.get(`/api/saisines/${saisineId}`).set('User-Agent', 'Navigateur du parquet')).status).toBe(200);
  expect((await paris.agent.get(`/api/saisines/${saisineId}`)).status).toBe(404);

  const [rows] = await ctx.db.query(
    'SELECT saisine_id, user_id, at, ip, user_agent FROM saisine_consultations ORDER BY id',
  );
  const consultations = rows as Array<{ saisine_id: string; user_id: string; at: Date; ip: string; user_agent: string | null }>;
  expect(consultations.map((c) => [c.saisine_id, c.user_id])).toEqual([
    [saisineId, clerk.user.id],
    [saisineId, clerk.user.id],
    [saisineId, prosecutor.user.id],
  ]);
  expect(consultations.every((c) => c.at.getTime() >= before - 1000 && c.ip.includes('127.0.0.1'))).toBe(true);
  expect(consultations[2].user_agent).toBe('Navigateur du parquet');
  await expect(ctx.db.query('DELETE FROM saisine_consultations')).rejects.toThrow(/ajout seul/);
});
