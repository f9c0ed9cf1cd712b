import request from 'supertest';
import { createTestContext, DEMO_PASSWORD, signIn, type TestContext } from './support/test-app';
import { applyAccessChange } from '../src/accounts/auth/user-sessions';

let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

const ORIGIN = { ip: '127.0.0.1', userAgent: 'jest' };

async function sessionCount(userId: string): Promise<number> {
  const [[row]] = (await ctx.db.query(`SELECT count(*)::int AS n FROM sessions WHERE sess->>'userId' = :userId`, {
    replacements: { userId },
  })) as [[{ n: number }], unknown];
  return row.n;
}

async function securityEvents(type: string, userId: string) {
  const [rows] = await ctx.db.query('SELECT email, details FROM security_events WHERE type = :type AND user_id = :userId', {
    replacements: { type, userId },
  });
  return rows as Array<{ email: string; details: Record<string, unknown> }>;
}

test('a session ends 12 hours after sign-in, however active it is', async () => {
  const old = await signIn(ctx.app, 'greffier.blois@justice.test');
  const recent = await signIn(ctx.app, 'greffier.blois@justice.test');
  expect((await old.agent.get('/api/auth/me')).status).toBe(200);
  // Backdate the first session's sign-in (its idle expiry is still in the future).
  await ctx.db.query(
    `UPDATE sessions SET sess = json_build_object('userId', sess->>'userId', 'csrfToken', sess->>'csrfToken',
       'createdAt', (extract(epoch FROM now() - interval '12 hours 1 minute') * 1000)::bigint, 'cookie', sess->'cookie')
     WHERE sess->>'csrfToken' = :csrf`,
    { replacements: { csrf: old.csrfToken } },
  );
  expect((await old.agent.get('/api/auth/me')).status).toBe(401);
  expect((await old.agent.get('/api/saisines')).status).toBe(401);
  expect((await recent.agent.get('/api/auth/me')).status).toBe(200);
  // The expired session can sign in again.
  expect((await old.agent.post('/api/auth/login').send({ email: 'greffier.blois@justice.test', password: DEMO_PASSWORD })).status).toBe(200);
  expect((await old.agent.get('/api/auth/me')).status).toBe(200);
});

test('sign out everywhere ends every session of the user, and only theirs', async () => {
  const here = await signIn(ctx.app, 'magistrat.blois@justice.test');
  const elsewhere = await signIn(ctx.app, 'magistrat.blois@justice.test');
  const colleague = await signIn(ctx.app, 'substitut.blois@justice.test');
  expect(await sessionCount(here.user.id)).toBeGreaterThanOrEqual(2);

  expect((await here.agent.post('/api/auth/logout-all')).status).toBe(403);
  expect((await elsewhere.agent.get('/api/auth/me')).status).toBe(200);
  const response = await here.agent.post('/api/auth/logout-all').set('X-CSRF-Token', here.csrfToken);
  expect(response.status).toBe(204);

  expect((await elsewhere.agent.get('/api/auth/me')).status).toBe(401);
  expect((await here.agent.get('/api/auth/me')).status).toBe(401);
  expect((await colleague.agent.get('/api/auth/me')).status).toBe(200);
  expect(await sessionCount(here.user.id)).toBe(0);
  const [event] = await securityEvents('logout_all', here.user.id);
  expect(event).toEqual({ email: 'magistrat.blois@justice.test', details: { sessionsEnded: 2 } });
  expect((await request(ctx.app).post('/api/auth/logout-all')).status).toBe(401);
});

test('a change of role by an administrator ends the user’s sessions and is logged; so does a deactivation', async () => {
  const clerk = await signIn(ctx.app, 'greffier.paris@justice.test');
  const admin = await signIn(ctx.app, 'admin@justice.test');
  const before = { id: clerk.user.id, email: 'greffier.paris@justice.test', role: 'greffier', juridictionId: 'tj-paris', active: true };
  const after = { ...before, role: 'magistrat' };
  await ctx.db.query(`UPDATE users SET role = 'magistrat' WHERE id = :id`, { replacements: { id: before.id } });
  const result = await applyAccessChange(ctx.db, { before, after, by: { id: admin.user.id, email: 'admin@justice.test' }, origin: ORIGIN });
  expect(result).toEqual({ sessionsEnded: 1 });
  expect((await clerk.agent.get('/api/auth/me')).status).toBe(401);
  expect((await admin.agent.get('/api/auth/me')).status).toBe(200);
  expect(await securityEvents('role_changed', before.id)).toEqual([
    {
      email: 'greffier.paris@justice.test',
      details: {
        from: { role: 'greffier', juridictionId: 'tj-paris' },
        to: { role: 'magistrat', juridictionId: 'tj-paris' },
        byUserId: admin.user.id,
        byEmail: 'admin@justice.test',
      },
    },
  ]);

  const again = await signIn(ctx.app, 'greffier.paris@justice.test');
  expect(again.user.role).toBe('magistrat');
  const deactivated = await applyAccessChange(ctx.db, {
    before: after,
    after: { ...after, active: false },
    by: { id: admin.user.id, email: 'admin@justice.test' },
    origin: ORIGIN,
  });
  expect(deactivated).toEqual({ sessionsEnded: 1 });
  expect(await sessionCount(before.id)).toBe(0);
  expect(await securityEvents('role_changed', before.id)).toHaveLength(1);
  // Nothing changed that matters: nothing ends.
  expect(await applyAccessChange(ctx.db, { before: after, after, by: { id: admin.user.id, email: 'admin@justice.test' }, origin: ORIGIN })).toEqual({
    sessionsEnded: 0,
  });
  await ctx.db.query(`UPDATE users SET role = 'greffier' WHERE id = :id`, { replacements: { id: before.id } });
});
