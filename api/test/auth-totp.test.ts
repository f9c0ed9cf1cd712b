import request from 'supertest';
import type { Response } from 'supertest';
import { totpFor } from '../src/accounts/auth/totp';
import { sealTotpSecret } from '../src/accounts/auth/totp-secret-box';
import { DEMO_TOTP_SECRET } from '@info-parquet/seeders';
import { DEMO_PASSWORD, createTestContext, demoTotpCode, signIn, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext({ security: { lockoutThreshold: 4 } });
});
afterAll(() => ctx.close());

/** Tests use several codes within one 30-second step: the replay guard is reset in between. */
const forgetUsedCodes = (email: string) =>
  ctx.db.query('UPDATE users SET totp_last_step = NULL WHERE lower(email) = :email', { replacements: { email } });

/** Password step: an agent holding the half session, and its CSRF token. */
async function passwordStep(email: string, password = DEMO_PASSWORD) {
  const agent = request.agent(ctx.app);
  const response = await agent.post('/api/auth/login').send({ email, password });
  return { agent, response, csrfToken: response.body.csrfToken as string };
}

const post = (step: { agent: ReturnType<typeof request.agent>; csrfToken: string }, path: string, body: object = {}) =>
  step.agent.post(`/api/auth${path}`).set('X-CSRF-Token', step.csrfToken).send(body);

const eventTypes = async (email: string) =>
  ((await ctx.db.query('SELECT type FROM security_events WHERE email = :email ORDER BY id', { replacements: { email } })) as [
    Array<{ type: string }>,
    unknown,
  ])[0].map((row) => row.type);

/** A signed-in user switches the second factor on from the account page; answers the secret and the codes. */
async function enrol(email: string) {
  const user = await signIn(ctx.app, email);
  const setup = await post(user, '/totp/setup');
  expect(setup.status).toBe(200);
  const enable = await post(user, '/totp/enable', { code: totpFor(setup.body.secret).generate() });
  expect(enable.status).toBe(200);
  return { secret: setup.body.secret as string, recoveryCodes: enable.body.recoveryCodes as string[], user };
}

describe('national administrators sign in with a TOTP second factor', () => {
  test('after the password the session is only half signed in: nothing but the second factor or logging out', async () => {
    const step = await passwordStep('admin@justice.test');
    expect(step.response.status).toBe(200);
    expect(step.response.body).toEqual({ mfa: 'required', message: expect.stringMatching(/^Connexion inachevée/), csrfToken: expect.any(String) });
    const me = await step.agent.get('/api/auth/me');
    expect(me.status).toBe(401);
    expect(me.body).toEqual({ mfa: 'required', message: expect.stringMatching(/^Connexion inachevée/), csrfToken: step.csrfToken });
    for (const path of ['/api/saisines', '/api/users', '/api/security-events', '/api/outbox']) {
      const response = await step.agent.get(path);
      expect(response.status).toBe(401);
      expect(response.body.message).toMatch(/^Connexion inachevée/);
    }
    expect((await post(step, '/password', { currentPassword: DEMO_PASSWORD, newPassword: 'une phrase de passe bien longue' })).status).toBe(401);
    // Already enrolled: a half session cannot set up a new secret (that would bypass the factor).
    expect((await post(step, '/totp/setup')).status).toBe(403);
    expect((await post(step, '/totp/disable', { password: DEMO_PASSWORD, code: demoTotpCode() })).status).toBe(401);
    // CSRF applies to the half session too.
    expect((await step.agent.post('/api/auth/totp/verify').send({ code: demoTotpCode() })).status).toBe(403);
    expect(await eventTypes('admin@justice.test')).not.toContain('login_succeeded');
  });

  test('a half session may be abandoned: logging out (with its CSRF token) destroys it', async () => {
    // Both steps: the code to give (admin@) and the enrolment to do (a national administrator without one).
    await ctx.db.query(`UPDATE users SET role = 'admin_national', juridiction_id = NULL WHERE email = 'magistrat.paris@justice.test'`);
    const steps = [
      ['admin@justice.test', 'required'],
      ['magistrat.paris@justice.test', 'enrolment_required'],
    ];
    for (const [email, mfa] of steps) {
      const step = await passwordStep(email);
      expect(step.response.body.mfa).toBe(mfa);
      expect((await step.agent.post('/api/auth/logout')).status).toBe(403);
      const out = await post(step, '/logout');
      expect(out.status).toBe(204);
      expect(String(out.headers['set-cookie'])).toMatch(/Expires=Thu, 01 Jan 1970/);
      const me = await step.agent.get('/api/auth/me');
      expect(me.status).toBe(401);
      expect(me.body.mfa).toBeUndefined();
      // Nothing of the half session is left: its steps are refused as without any session.
      expect((await post(step, '/totp/verify', { code: demoTotpCode() })).status).toBe(401);
      expect((await post(step, '/totp/setup')).status).toBe(401);
    }
    await ctx.db.query(`UPDATE users SET role = 'magistrat', juridiction_id = 'tj-paris' WHERE email = 'magistrat.paris@justice.test'`);
  });

  test('the right code completes the sign-in with the usual answer; a wrong code fails and counts; a code serves once', async () => {
    const step = await passwordStep('admin@justice.test');
    const wrong = await post(step, '/totp/verify', { code: '000000' === demoTotpCode() ? '111111' : '000000' });
    expect(wrong.status).toBe(401);
    expect(wrong.body.errors.code).toMatch(/^Code incorrect/);
    const [[counted]] = (await ctx.db.query(`SELECT failed_login_count FROM users WHERE email = 'admin@justice.test'`)) as [
      [{ failed_login_count: number }],
      unknown,
    ];
    expect(counted.failed_login_count).toBe(1);
    await forgetUsedCodes('admin@justice.test');
    const code = demoTotpCode();
    const done = await post(step, '/totp/verify', { code });
    expect(done.status).toBe(200);
    expect(done.body).toMatchObject({ mfa: 'ok', user: { email: 'admin@justice.test', role: 'admin_national' }, csrfToken: expect.any(String) });
    expect(done.body.csrfToken).not.toBe(step.csrfToken);
    expect(done.body.rules.length).toBeGreaterThan(0);
    expect((await step.agent.get('/api/users')).status).toBe(200);
    expect((await step.agent.get('/api/auth/me')).body.user.email).toBe('admin@justice.test');

    // The same code, at once, from another half session: refused (replay).
    const replay = await passwordStep('admin@justice.test');
    expect((await post(replay, '/totp/verify', { code })).status).toBe(401);
    expect(await eventTypes('admin@justice.test')).toEqual(expect.arrayContaining(['mfa_failed', 'login_succeeded']));
    await forgetUsedCodes('admin@justice.test');
    expect((await post(replay, '/totp/verify', { code: demoTotpCode() })).status).toBe(200);
  });

  test('wrong codes lock the account like wrong passwords, and end the half session', async () => {
    const user = await enrol('magistrat.paris@justice.test');
    const step = await passwordStep('magistrat.paris@justice.test');
    expect(step.response.body.mfa).toBe('required');
    const wrong = totpFor(user.secret).generate() === '123456' ? '654321' : '123456';
    for (let i = 0; i < 3; i += 1) expect((await post(step, '/totp/verify', { code: wrong })).status).toBe(401);
    const locked = await post(step, '/totp/verify', { code: wrong });
    expect(locked.status).toBe(423);
    expect(locked.body.message).toMatch(/^Compte verrouillé après 4 échecs/);
    await forgetUsedCodes('magistrat.paris@justice.test');
    expect((await post(step, '/totp/verify', { code: totpFor(user.secret).generate() })).status).toBe(401);
    expect((await passwordStep('magistrat.paris@justice.test')).response.status).toBe(423);
    expect(await eventTypes('magistrat.paris@justice.test')).toContain('account_locked');
  });

  test('an administrator without a second factor must enrol before anything else', async () => {
    await ctx.db.query(
      `UPDATE users SET role = 'admin_national', juridiction_id = NULL WHERE email = 'analyste@justice.test'`,
    );
    const step = await passwordStep('analyste@justice.test');
    expect(step.response.body).toMatchObject({ mfa: 'enrolment_required', message: expect.stringMatching(/obligatoire/) });
    expect((await step.agent.get('/api/users')).status).toBe(401);
    expect((await step.agent.get('/api/auth/me')).body.mfa).toBe('enrolment_required');
    expect((await post(step, '/totp/verify', { code: '123456' })).status).toBe(403);

    const setup = await post(step, '/totp/setup');
    expect(setup.status).toBe(200);
    expect(setup.body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(setup.body.otpauthUri).toBe(
      `otpauth://totp/Info%20Parquet:analyste%40justice.test?issuer=Info%20Parquet&secret=${setup.body.secret}&algorithm=SHA1&digits=6&period=30`,
    );
    expect(setup.body.qrSvg).toMatch(/^<svg [^>]*viewBox/);
    const [[row]] = (await ctx.db.query(
      `SELECT totp_secret, totp_pending_secret FROM users WHERE email = 'analyste@justice.test'`,
    )) as [[{ totp_secret: string | null; totp_pending_secret: string }], unknown];
    expect(row.totp_secret).toBeNull();
    // Encrypted at rest.
    expect(row.totp_pending_secret).toMatch(/^v1:/);
    expect(row.totp_pending_secret).not.toContain(setup.body.secret);

    const wrong = await post(step, '/totp/enable', { code: '12345' });
    expect(wrong.status).toBe(400);
    expect((await step.agent.get('/api/users')).status).toBe(401);
    const enabled = await post(step, '/totp/enable', { code: totpFor(setup.body.secret).generate() });
    expect(enabled.status).toBe(200);
    expect(enabled.body).toMatchObject({ mfa: 'ok', user: { email: 'analyste@justice.test' } });
    expect(enabled.body.recoveryCodes).toHaveLength(10);
    expect(new Set(enabled.body.recoveryCodes).size).toBe(10);
    for (const code of enabled.body.recoveryCodes) expect(code).toMatch(/^[A-Z2-9]{4}(-[A-Z2-9]{4}){3}$/);
    expect((await step.agent.get('/api/users')).status).toBe(200);
    const [stored] = await ctx.db.query(
      `SELECT code_hash FROM recovery_codes r JOIN users u ON u.id = r.user_id WHERE u.email = 'analyste@justice.test'`,
    );
    expect(JSON.stringify(stored)).not.toContain(enabled.body.recoveryCodes[0]);
    expect(await eventTypes('analyste@justice.test')).toEqual(expect.arrayContaining(['mfa_enabled', 'login_succeeded']));

    const status = await step.agent.get('/api/auth/totp');
    expect(status.body).toMatchObject({ enabled: true, required: true, recoveryCodesLeft: 10 });
    // Required for the role: it cannot be switched off.
    await forgetUsedCodes('analyste@justice.test');
    const disable = await step.agent
      .post('/api/auth/totp/disable')
      .set('X-CSRF-Token', enabled.body.csrfToken)
      .send({ password: DEMO_PASSWORD, code: totpFor(setup.body.secret).generate() });
    expect(disable.status).toBe(403);
  });
});

describe('every user may switch the second factor on', () => {
  test('a recovery code replaces the TOTP code once', async () => {
    const { recoveryCodes } = await enrol('greffier.paris@justice.test');
    const first = await passwordStep('greffier.paris@justice.test');
    expect(first.response.body.mfa).toBe('required');
    const used = await post(first, '/totp/verify', { recoveryCode: recoveryCodes[3].toLowerCase().replace(/-/g, ' ') });
    expect(used.status).toBe(200);
    expect(used.body.user.email).toBe('greffier.paris@justice.test');
    const second = await passwordStep('greffier.paris@justice.test');
    const again: Response = await post(second, '/totp/verify', { recoveryCode: recoveryCodes[3] });
    expect(again.status).toBe(401);
    expect(again.body.errors).toEqual({ recoveryCode: 'Code de secours incorrect ou déjà utilisé.' });
    expect((await post(second, '/totp/verify', { recoveryCode: recoveryCodes[4] })).status).toBe(200);
    expect(await eventTypes('greffier.paris@justice.test')).toEqual(expect.arrayContaining(['recovery_code_used', 'mfa_failed']));
    expect((await second.agent.get('/api/auth/totp')).body.recoveryCodesLeft).toBe(8);
  });

  test('new recovery codes replace the old ones; switching off takes the password and a code', async () => {
    const { secret, recoveryCodes, user } = await enrol('magistrat.blois@justice.test');
    await forgetUsedCodes('magistrat.blois@justice.test');
    const renewed = await post(user, '/totp/recovery-codes', { code: totpFor(secret).generate() });
    expect(renewed.status).toBe(200);
    expect(renewed.body.recoveryCodes).toHaveLength(10);
    const old = await passwordStep('magistrat.blois@justice.test');
    expect((await post(old, '/totp/verify', { recoveryCode: recoveryCodes[0] })).status).toBe(401);

    await forgetUsedCodes('magistrat.blois@justice.test');
    const badPassword = await post(user, '/totp/disable', { password: 'pas le bon', code: totpFor(secret).generate() });
    expect(badPassword.status).toBe(400);
    expect(badPassword.body.errors).toEqual({ password: 'Mot de passe incorrect.' });
    const badCode = await post(user, '/totp/disable', { password: DEMO_PASSWORD, code: '99999' });
    expect(badCode.body.errors.code).toMatch(/^Code incorrect/);
    const off = await post(user, '/totp/disable', { password: DEMO_PASSWORD, code: totpFor(secret).generate() });
    expect(off.status).toBe(200);
    expect(await eventTypes('magistrat.blois@justice.test')).toEqual(expect.arrayContaining(['mfa_enabled', 'mfa_disabled']));
    const login = await passwordStep('magistrat.blois@justice.test');
    expect(login.response.body).toMatchObject({ mfa: 'ok', user: { email: 'magistrat.blois@justice.test' } });
    expect((await login.agent.get('/api/auth/totp')).body).toMatchObject({ enabled: false, required: false, recoveryCodesLeft: 0 });
  });

  test('a secret sealed under another SESSION_SECRET: a recovery code signs in, then a new enrolment replaces it', async () => {
    const { secret, recoveryCodes } = await enrol('substitut.blois@justice.test');
    await ctx.db.query(`UPDATE users SET totp_secret = :sealed WHERE email = 'substitut.blois@justice.test'`, {
      replacements: { sealed: sealTotpSecret('an-older-session-secret-of-thirty-two-chars', secret) },
    });
    const step = await passwordStep('substitut.blois@justice.test');
    await forgetUsedCodes('substitut.blois@justice.test');
    const unreadable = await post(step, '/totp/verify', { code: totpFor(secret).generate() });
    expect(unreadable.status).toBe(409);
    expect(unreadable.body.message).toMatch(/code de secours/);
    const signedIn = await post(step, '/totp/verify', { recoveryCode: recoveryCodes[0] });
    expect(signedIn.status).toBe(200);
    const user = { agent: step.agent, csrfToken: signedIn.body.csrfToken as string };
    // The account page is told, to offer a new enrolment.
    expect((await user.agent.get('/api/auth/totp')).body).toMatchObject({ enabled: true, unreadable: true });
    const setup = await post(user, '/totp/setup');
    expect(setup.status).toBe(200);
    expect((await post(user, '/totp/enable', { code: totpFor(setup.body.secret).generate() })).status).toBe(200);
    expect((await user.agent.get('/api/auth/totp')).body).toMatchObject({ enabled: true, unreadable: false });
  });

  test('a second enrolment is refused while the factor is on; a user without it signs in as before', async () => {
    const { user } = await enrol('substitut.paris@justice.test');
    expect((await post(user, '/totp/setup')).status).toBe(409);
    const plain = await passwordStep('greffier.blois@justice.test');
    expect(plain.response.body).toMatchObject({ mfa: 'ok', user: { email: 'greffier.blois@justice.test' }, rules: expect.any(Array) });
    expect(totpFor(DEMO_TOTP_SECRET).generate()).toMatch(/^\d{6}$/);
  });
});
