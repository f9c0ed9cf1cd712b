import request from 'supertest';
import { createTestContext, DEMO_PASSWORD, signIn, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

const BAD = { message: 'Adresse électronique ou mot de passe incorrect.' };
const LOCKED = /^Compte verrouillé après 6 échecs : réessayez après (\d\d:\d\d) ou contactez votre administrateur\.$/;
const login = (email: string, password: string) => request(ctx.app).post('/api/auth/login').send({ email, password });

async function query<T>(sql: string, replacements: Record<string, unknown> = {}): Promise<T[]> {
  const [rows] = await ctx.db.query(sql, { replacements });
  return rows as T[];
}

async function failTimes(email: string, times: number) {
  const responses = [];
  for (let i = 0; i < times; i += 1) responses.push(await login(email, 'mauvais-mot-de-passe'));
  return responses;
}

const account = (email: string) =>
  query<{ id: string; failed_login_count: number; locked_until: Date | null }>(
    'SELECT id, failed_login_count, locked_until FROM users WHERE email = :email',
    { email },
  ).then(([row]) => row);

const events = (type: string, email: string) =>
  query<{ user_id: string | null; details: Record<string, unknown> }>(
    'SELECT user_id, details FROM security_events WHERE type = :type AND email = :email ORDER BY id',
    { type, email },
  );

test('6 failures lock the account: the right password then gets the lock-out message, with the time', async () => {
  const email = 'magistrat.paris@justice.test';
  const responses = await failTimes(email, 6);
  expect(responses.slice(0, 5).map((r) => [r.status, r.body])).toEqual(Array(5).fill([401, BAD]));
  expect(responses[5].status).toBe(423);
  expect(responses[5].body.message).toMatch(LOCKED);

  const { id, locked_until: lockedUntil } = await account(email);
  expect(lockedUntil!.getTime() - Date.now()).toBeGreaterThan(29 * 60_000);
  const expected = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit' }).format(
    new Date(Math.ceil(lockedUntil!.getTime() / 60_000) * 60_000),
  );
  expect(responses[5].body.message.match(LOCKED)![1]).toBe(expected);

  const right = await login(email, DEMO_PASSWORD);
  expect(right.status).toBe(423);
  expect(right.body.message).toBe(responses[5].body.message);
  expect(right.body.lockedUntil).toBe(lockedUntil!.toISOString());

  expect(await events('account_locked', email)).toEqual([expect.objectContaining({ user_id: id })]);
  const failures = await events('login_failed', email);
  expect(failures.map((e) => e.details.reason)).toEqual([...Array(6).fill('bad_password'), 'locked']);
});

test('the national administrator unlocks (CSRF, audited); a clerk may not', async () => {
  const email = 'magistrat.paris@justice.test';
  const { id } = await account(email);
  expect((await account(email)).locked_until).not.toBeNull();

  const clerk = await signIn(ctx.app, 'greffier.paris@justice.test');
  const refused = await clerk.agent.post(`/api/users/${id}/unlock`).set('X-CSRF-Token', clerk.csrfToken);
  expect(refused.status).toBe(403);
  expect((await account(email)).locked_until).not.toBeNull();

  const admin = await signIn(ctx.app, 'admin@justice.test');
  expect((await admin.agent.post(`/api/users/${id}/unlock`)).status).toBe(403);
  const unknown = await admin.agent.post('/api/users/00000000-0000-4000-8000-000000000000/unlock').set('X-CSRF-Token', admin.csrfToken);
  expect(unknown.status).toBe(404);
  const unlocked = await admin.agent.post(`/api/users/${id}/unlock`).set('X-CSRF-Token', admin.csrfToken);
  expect(unlocked.status).toBe(200);
  expect(unlocked.body).toEqual({ id, email, lockedUntil: null, failedLoginCount: 0 });
  expect(await account(email)).toMatchObject({ failed_login_count: 0, locked_until: null });

  expect((await login(email, DEMO_PASSWORD)).status).toBe(200);
  const [event] = await events('account_unlocked', email);
  expect(event).toMatchObject({ user_id: id, details: { byUserId: admin.user.id, byEmail: 'admin@justice.test' } });
  expect(event.details.wasLockedUntil).toEqual(expect.any(String));
});

test('the lock ends by itself after its time, and a new series of failures starts from zero', async () => {
  const email = 'substitut.paris@justice.test';
  await failTimes(email, 6);
  expect((await login(email, DEMO_PASSWORD)).status).toBe(423);
  await ctx.db.query(`UPDATE users SET locked_until = now() - interval '1 minute' WHERE email = :email`, { replacements: { email } });
  // A wrong password after the lock: one failure of a new series, not a new lock.
  const wrong = await login(email, 'mauvais-mot-de-passe');
  expect(wrong.status).toBe(401);
  expect(await account(email)).toMatchObject({ failed_login_count: 1, locked_until: null });
  expect((await login(email, DEMO_PASSWORD)).status).toBe(200);
  expect(await account(email)).toMatchObject({ failed_login_count: 0, locked_until: null });
});

test('a successful sign-in resets the count of consecutive failures', async () => {
  const email = 'substitut.blois@justice.test';
  await failTimes(email, 5);
  expect((await login(email, DEMO_PASSWORD)).status).toBe(200);
  const again = await failTimes(email, 5);
  expect(again.every((r) => r.status === 401)).toBe(true);
  expect((await account(email)).locked_until).toBeNull();
  expect((await login(email, DEMO_PASSWORD)).status).toBe(200);
});

test('unknown accounts answer exactly like a wrong password, lock nobody, and are logged by the typed address', async () => {
  const responses = await failTimes('personne.inconnue@justice.test', 8);
  for (const response of responses) {
    expect(response.status).toBe(401);
    expect(response.body).toEqual(BAD);
  }
  const locked = await query<{ email: string }>('SELECT email FROM users WHERE locked_until IS NOT NULL');
  expect(locked).toEqual([]);
  const failures = await events('login_failed', 'personne.inconnue@justice.test');
  expect(failures).toHaveLength(8);
  expect(failures.every((e) => e.user_id === null && e.details.reason === 'unknown_account')).toBe(true);
});

test('past 10 failures in the window for one address: 429 with Retry-After, even with the right password', async () => {
  const email = 'greffier.blois@justice.test';
  // The earlier tests of this file spent most of the per-IP allowance (50): start this one afresh.
  await ctx.db.query(`DELETE FROM login_throttles WHERE email = ''`);
  await failTimes(email, 10);
  const limited = await login(email, DEMO_PASSWORD);
  expect(limited.status).toBe(429);
  expect(limited.body.message).toBe('Trop de tentatives de connexion depuis votre poste. Réessayez dans quelques minutes.');
  const retryAfter = Number(limited.headers['retry-after']);
  expect(Number.isInteger(retryAfter)).toBe(true);
  expect(retryAfter).toBeGreaterThan(14 * 60);
  expect(retryAfter).toBeLessThanOrEqual(15 * 60);
  const [event] = await events('rate_limited', email);
  expect(event.details).toMatchObject({ scope: 'account', retryAfterSeconds: retryAfter });

  // Unknown addresses are limited the same way (no existence leak through the limit either).
  await failTimes('fantome@justice.test', 10);
  const unknown = await login('fantome@justice.test', 'mauvais-mot-de-passe');
  expect(unknown.status).toBe(429);
  expect(unknown.body.message).toBe(limited.body.message);
  expect((await events('rate_limited', 'fantome@justice.test'))[0].details).toMatchObject({ scope: 'account' });

  // Once the window is over, the account can sign in (it was locked by the same failures: unlock it first).
  await ctx.db.query("UPDATE login_throttles SET window_start = now() - interval '16 minutes'");
  await ctx.db.query("UPDATE users SET locked_until = now() - interval '1 minute' WHERE email = :email", { replacements: { email } });
  expect((await login(email, DEMO_PASSWORD)).status).toBe(200);
});
