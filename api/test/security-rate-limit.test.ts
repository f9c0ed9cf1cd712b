import request from 'supertest';
import { createTestContext, DEMO_PASSWORD, signIn, type TestContext } from './support/test-app';

// A small per-IP allowance so that the limit is reached in a few requests; a one-hour absolute
// session lifetime to show that it is a setting. (One context per file: the models are global.)
let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext({ security: { loginMaxPerIp: 3, sessionAbsoluteHours: 1 } });
});
afterAll(() => ctx.close());

const login = (email: string, password: string) => request(ctx.app).post('/api/auth/login').send({ email, password });

test('successful sign-ins do not use the per-IP allowance; failures on any address do, then 429 with Retry-After', async () => {
  for (let i = 0; i < 5; i += 1) expect((await login('greffier.blois@justice.test', DEMO_PASSWORD)).status).toBe(200);
  expect((await login('greffier.blois@justice.test', 'mauvais-mot-de-passe')).status).toBe(401);
  expect((await login('inconnu.un@justice.test', 'mauvais-mot-de-passe')).status).toBe(401);
  expect((await login('inconnu.deux@justice.test', 'mauvais-mot-de-passe')).status).toBe(401);

  const limited = await login('analyste@justice.test', DEMO_PASSWORD);
  expect(limited.status).toBe(429);
  expect(limited.body.message).toMatch(/^Trop de tentatives de connexion/);
  expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
  expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(15 * 60);

  const [rows] = await ctx.db.query(`SELECT email, details FROM security_events WHERE type = 'rate_limited'`);
  expect(rows).toEqual([{ email: 'analyste@justice.test', details: expect.objectContaining({ scope: 'ip' }) }]);
  // A refused attempt takes nothing: the analyst's own counter was not started.
  const [counters] = await ctx.db.query(`SELECT email, failures FROM login_throttles ORDER BY email`);
  expect(counters).toEqual([
    { email: '', failures: 3 },
    { email: 'greffier.blois@justice.test', failures: 1 },
    { email: 'inconnu.deux@justice.test', failures: 1 },
    { email: 'inconnu.un@justice.test', failures: 1 },
  ]);
});

test('parallel attempts cannot slip past the limit', async () => {
  await ctx.db.query('DELETE FROM login_throttles');
  const responses = await Promise.all(
    Array.from({ length: 8 }, (_, i) => login(`rafale.${i}@justice.test`, 'mauvais-mot-de-passe')),
  );
  const statuses = responses.map((r) => r.status).sort();
  expect(statuses).toEqual([401, 401, 401, 429, 429, 429, 429, 429]);
});

test('the absolute session lifetime is a setting (SESSION_ABSOLUTE_HOURS)', async () => {
  await ctx.db.query('DELETE FROM login_throttles');
  const { agent, csrfToken } = await signIn(ctx.app, 'magistrat.blois@justice.test');
  const backdate = (minutes: number) =>
    ctx.db.query(
      `UPDATE sessions SET sess = json_build_object('userId', sess->>'userId', 'csrfToken', sess->>'csrfToken',
         'createdAt', (extract(epoch FROM now() - make_interval(mins => :minutes)) * 1000)::bigint, 'cookie', sess->'cookie')
       WHERE sess->>'csrfToken' = :csrfToken`,
      { replacements: { minutes, csrfToken } },
    );
  await backdate(59);
  expect((await agent.get('/api/auth/me')).status).toBe(200);
  await backdate(61);
  expect((await agent.get('/api/auth/me')).status).toBe(401);
});
