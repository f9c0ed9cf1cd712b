import request from 'supertest';
import { createTestContext, signIn, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

test('login answers the user, the CASL rules and a CSRF token; me answers the same', async () => {
  const { agent, user, csrfToken } = await signIn(ctx.app, 'Greffier.Blois@justice.test');
  expect(user).toMatchObject({ email: 'greffier.blois@justice.test', role: 'greffier', juridictionId: 'tj-blois', juridictionNom: 'Tribunal judiciaire de Blois' });
  expect(user).not.toHaveProperty('passwordHash');
  expect(csrfToken).toMatch(/^[A-Za-z0-9_-]{43}$/);
  const me = await agent.get('/api/auth/me');
  expect(me.status).toBe(200);
  expect(me.body.user.id).toBe(user.id);
  expect(me.body.rules).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'read', subject: 'Saisine', conditions: { juridictionId: 'tj-blois' } })]));
});

test('a wrong password or an unknown account get the same 401 message', async () => {
  const wrong = await request(ctx.app).post('/api/auth/login').send({ email: 'greffier.blois@justice.test', password: 'mauvais-mot-de-passe' });
  const unknown = await request(ctx.app).post('/api/auth/login').send({ email: 'personne@justice.test', password: 'mauvais-mot-de-passe' });
  expect(wrong.status).toBe(401);
  expect(unknown.status).toBe(401);
  expect(wrong.body).toEqual({ message: 'Adresse électronique ou mot de passe incorrect.' });
  expect(unknown.body).toEqual(wrong.body);
  const empty = await request(ctx.app).post('/api/auth/login').send({});
  expect(empty.status).toBe(400);
  expect(empty.body.errors).toEqual({ email: 'Ce champ est obligatoire.', password: 'Ce champ est obligatoire.' });
});

test('me without a session is a 401', async () => {
  expect((await request(ctx.app).get('/api/auth/me')).status).toBe(401);
});

test('logout needs the CSRF token, then the session is gone', async () => {
  const { agent, csrfToken } = await signIn(ctx.app, 'greffier.paris@justice.test');
  const refused = await agent.post('/api/auth/logout');
  expect(refused.status).toBe(403);
  expect(refused.body.message).toMatch(/CSRF/);
  expect((await agent.get('/api/auth/me')).status).toBe(200);
  expect((await agent.post('/api/auth/logout').set('X-CSRF-Token', csrfToken)).status).toBe(204);
  expect((await agent.get('/api/auth/me')).status).toBe(401);
});

test('a deactivated user loses access at their next request', async () => {
  const { agent } = await signIn(ctx.app, 'magistrat.blois@justice.test');
  expect((await agent.get('/api/saisines')).status).toBe(200);
  await ctx.db.query(`UPDATE users SET active = false WHERE email = 'magistrat.blois@justice.test'`);
  expect((await agent.get('/api/saisines')).status).toBe(401);
  await ctx.db.query(`UPDATE users SET active = true WHERE email = 'magistrat.blois@justice.test'`);
});

test('an active session pushes its expiry back at most once a minute, not on every request', async () => {
  const { agent, user } = await signIn(ctx.app, 'greffier.paris@justice.test');
  const expiry = async () => {
    const [[row]] = (await ctx.db.query(
      `SELECT expire FROM sessions WHERE sess->>'userId' = :userId ORDER BY expire DESC LIMIT 1`,
      { replacements: { userId: user.id } },
    )) as [[{ expire: Date }], unknown];
    return row.expire.getTime();
  };
  expect((await agent.get('/api/auth/me')).status).toBe(200);
  const first = await expiry();
  // The store keeps expiries to the second: wait long enough for a push to show.
  await new Promise((resolve) => setTimeout(resolve, 1100));
  expect((await agent.get('/api/auth/me')).status).toBe(200);
  expect(await expiry()).toBe(first);
});
