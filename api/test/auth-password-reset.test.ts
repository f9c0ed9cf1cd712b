import request from 'supertest';
import { createHash } from 'node:crypto';
import { PASSWORD_MESSAGES } from '@info-parquet/common';
import { DEMO_PASSWORD, createTestContext, signIn, type TestContext } from './support/test-app';
import { textAsSent } from './support/outbox-secrets';

let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

const NEW_PASSWORD = 'une phrase de passe bien longue';
const ask = (email: string) => request(ctx.app).post('/api/auth/password-reset').send({ email });
const confirm = (token: string, password: string) => request(ctx.app).post('/api/auth/password-reset/confirm').send({ token, password });
const login = (email: string, password: string) => request(ctx.app).post('/api/auth/login').send({ email, password });

async function mailsTo(to: string, kind = 'reinitialisation_mot_de_passe') {
  const [rows] = await ctx.db.query(
    'SELECT id, subject, text_body FROM outbox_mails WHERE kind = :kind AND to_address = :to ORDER BY created_at',
    { replacements: { to, kind } },
  );
  return rows as Array<{ id: string; subject: string; text_body: string }>;
}

/** The token of the last link mailed to `to`, as the mail will be sent. */
async function lastToken(to: string, kind = 'reinitialisation_mot_de_passe'): Promise<string> {
  const mails = await mailsTo(to, kind);
  const text = await textAsSent(ctx.db, mails[mails.length - 1].id);
  const match = /\?token=([A-Za-z0-9_-]{43})\b/.exec(text);
  if (!match) throw new Error(`no link in: ${text}`);
  return match[1];
}

const events = async (type: string, email: string) =>
  ((await ctx.db.query('SELECT user_id, details FROM security_events WHERE type = :type AND email = :email ORDER BY id', {
    replacements: { type, email },
  })) as [Array<{ user_id: string | null; details: Record<string, unknown> }>, unknown])[0];

describe('forgotten password: an e-mailed single-use link', () => {
  test('a known and an unknown address get the same answer in about the same time; only the known one gets a mail', async () => {
    const t0 = Date.now();
    const known = await ask(' Greffier.Blois@justice.test ');
    const t1 = Date.now();
    const unknown = await ask('personne@justice.test');
    const t2 = Date.now();
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual(known.body);
    expect(known.body.message).toMatch(/Si un compte actif correspond à cette adresse/);
    // Both take at least the floor time: the time tells nothing of the address.
    expect(t1 - t0).toBeGreaterThanOrEqual(390);
    expect(t2 - t1).toBeGreaterThanOrEqual(390);
    expect(await mailsTo('personne@justice.test')).toHaveLength(0);
    const [mail] = await mailsTo('greffier.blois@justice.test');
    expect(mail.subject).toBe('Info Parquet : réinitialisation de votre mot de passe');
    const text = await textAsSent(ctx.db, mail.id);
    expect(text).toMatch(/^Bonjour Julien Robert,/);
    expect(text).toMatch(/http:\/\/localhost:3000\/admin\/reinitialiser-mot-de-passe\?token=[A-Za-z0-9_-]{43}\n/);
    expect(text).toMatch(/expire le/);
    expect(await events('password_reset_requested', 'greffier.blois@justice.test')).toEqual([{ user_id: expect.any(String), details: {} }]);
    expect(await events('password_reset_requested', 'personne@justice.test')).toEqual([{ user_id: null, details: { reason: 'unknown_account' } }]);
  });

  test('the token rests nowhere in clear: the outbox holds it sealed, the database only its SHA-256', async () => {
    await ask('magistrat.paris@justice.test');
    const token = await lastToken('magistrat.paris@justice.test');
    const [[stored]] = (await ctx.db.query(
      `SELECT t.token_hash, t.purpose, extract(epoch FROM t.expires_at - t.created_at)::int AS validity, m.text_body
       FROM account_tokens t JOIN users u ON u.id = t.user_id JOIN outbox_mails m ON m.to_address = u.email
       WHERE u.email = 'magistrat.paris@justice.test'`,
    )) as [[{ token_hash: string; purpose: string; validity: number; text_body: string }], unknown];
    expect(stored.token_hash).toBe(createHash('sha256').update(token).digest('hex'));
    expect(stored.purpose).toBe('reinitialisation');
    expect(stored.validity).toBe(3600);
    expect(stored.text_body).not.toContain(token);
    const [dump] = await ctx.db.query(`SELECT 1 FROM outbox_mails m WHERE m::text LIKE :pattern`, { replacements: { pattern: `%${token}%` } });
    expect(dump).toHaveLength(0);
    // The administrator's view of the outbox does not show it either.
    const admin = await signIn(ctx.app, 'admin@justice.test');
    const list = await admin.agent.get('/api/outbox').query({ filter: JSON.stringify({ kind: 'reinitialisation_mot_de_passe' }) });
    expect(list.status).toBe(200);
    expect(JSON.stringify(list.body)).not.toContain(token);
  });

  test('the link sets a password once: the other sessions end, the old password stops working, the link cannot serve again', async () => {
    const email = 'substitut.blois@justice.test';
    const before = await signIn(ctx.app, email);
    await ask(email);
    const token = await lastToken(email);
    const done = await confirm(token, NEW_PASSWORD);
    expect(done.status).toBe(200);
    expect(done.body.message).toBe('Votre mot de passe a été modifié. Vous pouvez maintenant vous connecter.');
    expect((await before.agent.get('/api/auth/me')).status).toBe(401);
    expect((await login(email, DEMO_PASSWORD)).status).toBe(401);
    expect((await login(email, NEW_PASSWORD)).status).toBe(200);
    const again = await confirm(token, 'une autre phrase de passe solide');
    expect(again.status).toBe(400);
    expect(again.body.message).toMatch(/Ce lien n’est plus valable/);
    expect((await login(email, NEW_PASSWORD)).status).toBe(200);
    expect(await events('password_reset_completed', email)).toEqual([
      { user_id: expect.any(String), details: { purpose: 'reinitialisation', sessionsEnded: 1 } },
    ]);
  });

  test('a newer link replaces the older one; an expired link is refused', async () => {
    const email = 'substitut.paris@justice.test';
    await ask(email);
    const first = await lastToken(email);
    await ask(email);
    const second = await lastToken(email);
    expect(second).not.toBe(first);
    expect((await confirm(first, NEW_PASSWORD)).status).toBe(400);
    await ctx.db.query(`UPDATE account_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = :hash`, {
      replacements: { hash: createHash('sha256').update(second).digest('hex') },
    });
    const expired = await confirm(second, NEW_PASSWORD);
    expect(expired.status).toBe(400);
    expect(expired.body.errors).toEqual({ token: 'Lien invalide ou expiré.' });
    expect((await login(email, DEMO_PASSWORD)).status).toBe(200);
  });

  test('the shared password policy applies; a refused password leaves the link usable; a reset lifts the lock-out', async () => {
    const email = 'greffier.paris@justice.test';
    await ctx.db.query(`UPDATE users SET failed_login_count = 6, locked_until = now() + interval '30 minutes' WHERE email = :email`, {
      replacements: { email },
    });
    await ask(email);
    const token = await lastToken(email);
    const short = await confirm(token, 'court');
    expect(short.status).toBe(400);
    expect(short.body.errors).toEqual({ password: PASSWORD_MESSAGES.tooShort });
    const withId = await confirm(token, 'greffier.paris-2026-nouveau');
    expect(withId.body.errors).toEqual({ password: PASSWORD_MESSAGES.containsIdentifier });
    expect((await confirm(token, NEW_PASSWORD)).status).toBe(200);
    const [[row]] = (await ctx.db.query('SELECT failed_login_count, locked_until, password_hash FROM users WHERE email = :email', {
      replacements: { email },
    })) as [[{ failed_login_count: number; locked_until: Date | null; password_hash: string }], unknown];
    expect(row).toMatchObject({ failed_login_count: 0, locked_until: null });
    expect(row.password_hash).toMatch(/^\$argon2id\$/);
    expect((await login(email, NEW_PASSWORD)).status).toBe(200);
  });

  test('bad input is a 400; requests are limited per address', async () => {
    expect((await ask('pas-une-adresse')).status).toBe(400);
    expect((await confirm('x', NEW_PASSWORD)).status).toBe(400);
    expect((await request(ctx.app).post('/api/auth/password-reset/confirm').send({})).status).toBe(400);
    const email = 'limite@justice.test';
    for (let i = 0; i < 3; i += 1) expect((await ask(email)).status).toBe(202);
    const limited = await ask(email);
    expect(limited.status).toBe(429);
    expect(limited.headers['retry-after']).toMatch(/^\d+$/);
  });
});

describe('a new account is activated through the e-mailed link', () => {
  test('the administrator creates it; its owner sets a first password within 72 hours and signs in', async () => {
    const admin = await signIn(ctx.app, 'admin@justice.test');
    const created = await admin.agent
      .post('/api/users')
      .set('X-CSRF-Token', admin.csrfToken)
      .send({ email: 'Nouvelle.Greffiere@justice.test', displayName: 'Inès Nouvelle', role: 'greffier', juridictionId: 'tj-blois' });
    expect(created.status).toBe(201);
    const [mail] = await mailsTo('Nouvelle.Greffiere@justice.test', 'activation_compte');
    expect(mail.subject).toBe('Info Parquet : activez votre compte');
    const text = await textAsSent(ctx.db, mail.id);
    expect(text).toMatch(/^Bonjour Inès Nouvelle,/);
    const token = await lastToken('Nouvelle.Greffiere@justice.test', 'activation_compte');
    expect(text).toContain(`http://localhost:3000/admin/activer-mon-compte?token=${token}`);
    const [[stored]] = (await ctx.db.query(
      `SELECT purpose, extract(epoch FROM expires_at - created_at)::int AS validity FROM account_tokens WHERE token_hash = :hash`,
      { replacements: { hash: createHash('sha256').update(token).digest('hex') } },
    )) as [[{ purpose: string; validity: number }], unknown];
    expect(stored).toEqual({ purpose: 'activation', validity: 72 * 3600 });
    expect((await login('nouvelle.greffiere@justice.test', NEW_PASSWORD)).status).toBe(401);
    const done = await confirm(token, NEW_PASSWORD);
    expect(done.status).toBe(200);
    expect(done.body.message).toBe('Votre compte est activé. Vous pouvez maintenant vous connecter.');
    const signedIn = await login('nouvelle.greffiere@justice.test', NEW_PASSWORD);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body).toMatchObject({ mfa: 'ok', user: { email: 'Nouvelle.Greffiere@justice.test', role: 'greffier' } });
    expect((await events('user_created', 'Nouvelle.Greffiere@justice.test')).length).toBe(1);
  });

  test('an account created inactive gets no link', async () => {
    const admin = await signIn(ctx.app, 'admin@justice.test');
    const created = await admin.agent
      .post('/api/users')
      .set('X-CSRF-Token', admin.csrfToken)
      .send({ email: 'inactif@justice.test', displayName: 'Compte Inactif', role: 'analyste', active: false });
    expect(created.status).toBe(201);
    expect(await mailsTo('inactif@justice.test', 'activation_compte')).toHaveLength(0);
  });
});
