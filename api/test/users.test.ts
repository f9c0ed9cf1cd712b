import request from 'supertest';
import { createTestContext, signIn, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(async () => {
  ctx = createTestContext();
  await ctx.db.query(
    `INSERT INTO users (email, display_name, role, juridiction_id, active)
     VALUES ('parti.blois@justice.test', 'Marc Parti', 'greffier', 'tj-blois', false)`,
  );
});
afterAll(() => ctx.close());

type UserRow = { id: string; email: string; displayName: string; role: string; juridictionId: string | null; active: boolean };
const list = async (agent: ReturnType<typeof request.agent>, params: Record<string, unknown> = {}) => {
  const response = await agent.get('/api/users').query(Object.fromEntries(Object.entries(params).map(([k, v]) => [k, JSON.stringify(v)])));
  return { status: response.status, rows: response.body as UserRow[], range: response.headers['content-range'], body: response.body };
};

test('a clerk lists the users of their own court only, whatever the filter asks', async () => {
  const { agent } = await signIn(ctx.app, 'greffier.blois@justice.test');
  const all = await list(agent);
  expect(all.status).toBe(200);
  expect(all.rows.map((u) => u.displayName)).toEqual(['Claire Dubois', 'Julien Robert', 'Marc Parti', 'Thomas Petit']);
  expect(all.range).toBe('users 0-3/4');
  expect(all.rows.every((u) => u.juridictionId === 'tj-blois')).toBe(true);
  expect(Object.keys(all.rows[0]).sort()).toEqual(['active', 'displayName', 'email', 'id', 'juridictionId', 'juridictionNom', 'role']);
  expect((await list(agent, { filter: { juridictionId: 'tj-paris' } })).rows).toEqual([]);
});

test('searches names and addresses, with « % » and « _ » taken literally', async () => {
  const { agent } = await signIn(ctx.app, 'greffier.blois@justice.test');
  expect((await list(agent, { filter: { q: 'parti' } })).rows.map((u) => u.displayName)).toEqual(['Marc Parti']);
  expect((await list(agent, { filter: { q: 'GREFFIER.blois' } })).rows.map((u) => u.displayName)).toEqual(['Julien Robert']);
  expect((await list(agent, { filter: { q: '%' } })).rows).toEqual([]);
  expect((await list(agent, { filter: { q: '_' } })).rows).toEqual([]);
  expect((await list(agent, { filter: { q: 12 } })).status).toBe(400);
});

test('filters by role and active status, as the assignee picker asks', async () => {
  const { agent } = await signIn(ctx.app, 'magistrat.blois@justice.test');
  const active = await list(agent, { filter: { juridictionId: 'tj-blois', role: ['magistrat', 'greffier'], active: true } });
  expect(active.rows.map((u) => u.displayName)).toEqual(['Claire Dubois', 'Julien Robert', 'Thomas Petit']);
  const magistrats = await list(agent, { filter: { role: 'magistrat' }, sort: ['displayName', 'DESC'] });
  expect(magistrats.rows.map((u) => u.displayName)).toEqual(['Thomas Petit', 'Claire Dubois']);
  const one = await agent.get(`/api/users/${active.rows[0].id}`);
  expect(one.body).toMatchObject({ displayName: 'Claire Dubois', role: 'magistrat' });
});

test('the national administrator sees every court; the analyst may not list users', async () => {
  const admin = await signIn(ctx.app, 'admin@justice.test');
  const paris = await list(admin.agent, { filter: { juridictionId: 'tj-paris' } });
  expect(paris.rows.map((u) => u.displayName)).toEqual(['Antoine Moreau', 'Nadia Benali', 'Sophie Garnier']);
  expect((await list(admin.agent)).rows.length).toBeGreaterThanOrEqual(9);
  const analyst = await signIn(ctx.app, 'analyste@justice.test');
  expect((await list(analyst.agent)).status).toBe(403);
  expect((await request(ctx.app).get('/api/users')).status).toBe(401);
});

test('a user of another court is a 404; unknown filters, sorts and bad values are 400s', async () => {
  const { agent } = await signIn(ctx.app, 'greffier.paris@justice.test');
  const [[blois]] = (await ctx.db.query(`SELECT id FROM users WHERE email = 'greffier.blois@justice.test'`)) as [[{ id: string }], unknown];
  expect((await agent.get(`/api/users/${blois.id}`)).status).toBe(404);
  expect((await list(agent, { filter: { password_hash: 'x' } })).status).toBe(400);
  expect((await list(agent, { sort: ['password_hash', 'ASC'] })).status).toBe(400);
  expect((await list(agent, { filter: { role: 'roi' } })).status).toBe(400);
  expect((await list(agent, { filter: { active: 'peut-etre' } })).status).toBe(400);
});
