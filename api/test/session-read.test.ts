import { createTestContext, signIn, type TestContext } from './support/test-app';

// Every signed-in request reads its session and its user in one statement (http/session.ts),
// and a change to the account still applies to the very next request.
let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

/** The statements sent to PostgreSQL while `during` runs. */
async function statementsDuring(during: () => Promise<unknown>): Promise<string[]> {
  const pool = ctx.db.pool as unknown as { query: (...args: unknown[]) => unknown };
  const original = pool.query;
  const sent: string[] = [];
  pool.query = function (this: unknown, ...args: unknown[]) {
    const first = args[0] as string | { text: string };
    sent.push(typeof first === 'string' ? first : first.text);
    return original.apply(this, args);
  };
  try {
    await during();
  } finally {
    pool.query = original;
  }
  return sent;
}

test('GET /auth/me reads the session and the user with one statement, and nothing else', async () => {
  const { agent } = await signIn(ctx.app, 'greffier.blois@justice.test');
  // The first request pushes the session's expiry back (at most once a minute): not this one.
  expect((await agent.get('/api/auth/me')).status).toBe(200);
  let answer: { status: number; body: { user?: { email: string } } } | undefined;
  const sent = await statementsDuring(async () => {
    answer = await agent.get('/api/auth/me');
  });
  expect(answer!.status).toBe(200);
  expect(answer!.body.user?.email).toBe('greffier.blois@justice.test');
  expect(sent).toHaveLength(1);
  expect(sent[0]).toMatch(/FROM sessions s\s+LEFT JOIN users u/);
});

test('a deactivated account or a changed role applies to the next request', async () => {
  const { agent } = await signIn(ctx.app, 'magistrat.blois@justice.test');
  await ctx.db.query(`UPDATE users SET role = 'greffier' WHERE email = 'magistrat.blois@justice.test'`);
  expect((await agent.get('/api/auth/me')).body.user.role).toBe('greffier');
  await ctx.db.query(`UPDATE users SET active = false WHERE email = 'magistrat.blois@justice.test'`);
  expect((await agent.get('/api/auth/me')).status).toBe(401);
  await ctx.db.query(`UPDATE users SET active = true, role = 'magistrat' WHERE email = 'magistrat.blois@justice.test'`);
});

test('a session whose user no longer exists is signed out, not an error', async () => {
  const { agent, csrfToken } = await signIn(ctx.app, 'greffier.blois@justice.test');
  await ctx.db.query(
    `UPDATE sessions SET sess = json_build_object('userId', '00000000-0000-4000-8000-000000000000', 'csrfToken', sess->>'csrfToken',
       'createdAt', sess->'createdAt', 'cookie', sess->'cookie')
     WHERE sess->>'csrfToken' = :csrf`,
    { replacements: { csrf: csrfToken } },
  );
  expect((await agent.get('/api/auth/me')).status).toBe(401);
});
