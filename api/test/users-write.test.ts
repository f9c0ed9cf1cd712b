import request from 'supertest';
import { USER_ACCOUNT_MESSAGES } from '@info-parquet/common';
import { createTestContext, signIn, userIdsByEmail, type TestContext } from './support/test-app';

let ctx: TestContext;
let admin: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  ctx = createTestContext();
  admin = await signIn(ctx.app, 'admin@justice.test');
});
afterAll(() => ctx.close());

const create = (body: Record<string, unknown>) => admin.agent.post('/api/users').set('X-CSRF-Token', admin.csrfToken).send(body);
const update = (id: string, body: Record<string, unknown>) =>
  admin.agent.put(`/api/users/${id}`).set('X-CSRF-Token', admin.csrfToken).send(body);
const idOf = async (email: string) => (await userIdsByEmail(ctx.db))[email];
const securityEvents = async (userId: string) =>
  ((await ctx.db.query(`SELECT type, details FROM security_events WHERE user_id = :userId ORDER BY id`, {
    replacements: { userId },
  })) as [Array<{ type: string; details: Record<string, unknown> }>, unknown])[0];

describe('POST /api/users', () => {
  test('creates an account without a password, visible in the list, and logs the role given', async () => {
    const response = await create({ email: ' Lea.Martin@justice.test ', displayName: 'Léa Martin', role: 'greffier', juridictionId: 'tj-blois', passwordHash: 'x' });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: expect.any(String),
      email: 'Lea.Martin@justice.test',
      displayName: 'Léa Martin',
      role: 'greffier',
      juridictionId: 'tj-blois',
      juridictionNom: 'Tribunal judiciaire de Blois',
      active: true,
      lockedUntil: null,
    });
    const [[row]] = (await ctx.db.query(`SELECT password_hash FROM users WHERE id = :id`, { replacements: { id: response.body.id } })) as [
      [{ password_hash: string | null }],
      unknown,
    ];
    expect(row.password_hash).toBeNull();
    expect(await securityEvents(response.body.id)).toEqual([
      expect.objectContaining({ type: 'user_created', details: expect.objectContaining({ from: null, to: { role: 'greffier', juridictionId: 'tj-blois', active: true } }) }),
    ]);
    // No password yet: nobody can sign in with this account.
    expect((await request(ctx.app).post('/api/auth/login').send({ email: 'lea.martin@justice.test', password: 'une-phrase-de-passe-quelconque' })).status).toBe(401);
  });

  test('validates every field in French: court required for a clerk, forbidden for an analyst', async () => {
    const missing = await create({ email: 'pas-une-adresse', displayName: 'X', role: 'roi' });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.errors).sort()).toEqual(['displayName', 'email', 'role']);
    const noCourt = await create({ email: 'sans.tj@justice.test', displayName: 'Sans Tribunal', role: 'magistrat' });
    expect(noCourt.body.errors).toEqual({ juridictionId: USER_ACCOUNT_MESSAGES.juridictionRequired });
    const unknownCourt = await create({ email: 'sans.tj@justice.test', displayName: 'Sans Tribunal', role: 'magistrat', juridictionId: 'tj-atlantide' });
    expect(unknownCourt.body.errors).toEqual({ juridictionId: 'Juridiction inconnue ou inactive.' });
    const analystWithCourt = await create({ email: 'ana@justice.test', displayName: 'Ana Lyste', role: 'analyste', juridictionId: 'tj-blois' });
    expect(analystWithCourt.body.errors).toEqual({ juridictionId: USER_ACCOUNT_MESSAGES.juridictionForbidden });
  });

  test('an e-mail address already used, whatever its case, is a 409', async () => {
    const response = await create({ email: 'GREFFIER.Blois@Justice.test', displayName: 'Doublon', role: 'analyste' });
    expect(response.status).toBe(409);
    expect(response.body.message).toBe(USER_ACCOUNT_MESSAGES.emailTaken);
  });

  test('a clerk may not create an account; without the CSRF token it is refused', async () => {
    const clerk = await signIn(ctx.app, 'greffier.blois@justice.test');
    const body = { email: 'intrus@justice.test', displayName: 'Intrus', role: 'admin_national' };
    expect((await clerk.agent.post('/api/users').set('X-CSRF-Token', clerk.csrfToken).send(body)).status).toBe(403);
    expect((await admin.agent.post('/api/users').send(body)).status).toBe(403);
  });
});

describe('PUT /api/users/:id', () => {
  test('a new role ends the user’s sessions at once and is logged', async () => {
    const magistrat = await signIn(ctx.app, 'magistrat.blois@justice.test');
    const id = await idOf('magistrat.blois@justice.test');
    expect((await magistrat.agent.get('/api/saisines')).status).toBe(200);
    const response = await update(id, { role: 'greffier' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id, role: 'greffier', juridictionId: 'tj-blois', displayName: 'Claire Dubois' });
    expect((await magistrat.agent.get('/api/saisines')).status).toBe(401);
    const events = await securityEvents(id);
    expect(events.at(-1)).toMatchObject({ type: 'role_changed', details: { from: { role: 'magistrat' }, to: { role: 'greffier' } } });
  });

  test('a display name change keeps sessions; deactivation ends them; deactivation and reactivation are logged', async () => {
    const clerk = await signIn(ctx.app, 'greffier.paris@justice.test');
    const id = await idOf('greffier.paris@justice.test');
    expect((await update(id, { displayName: 'Nadia Benali-Roux' })).body.displayName).toBe('Nadia Benali-Roux');
    expect((await clerk.agent.get('/api/saisines')).status).toBe(200);
    expect((await update(id, { active: false })).body.active).toBe(false);
    expect((await clerk.agent.get('/api/saisines')).status).toBe(401);
    expect((await update(id, { active: true })).body.active).toBe(true);
    // The same value again changes nothing and logs nothing.
    expect((await update(id, { active: true })).status).toBe(200);
    const adminId = await idOf('admin@justice.test');
    expect((await securityEvents(id)).filter((e) => e.type.startsWith('user_'))).toEqual([
      { type: 'user_deactivated', details: { byUserId: adminId, byEmail: 'admin@justice.test' } },
      { type: 'user_reactivated', details: { byUserId: adminId, byEmail: 'admin@justice.test' } },
    ]);
  });

  test('validation, e-mail uniqueness, unknown user, and no self-demotion', async () => {
    const id = await idOf('analyste@justice.test');
    expect((await update(id, { role: 'magistrat' })).body.errors).toEqual({ juridictionId: USER_ACCOUNT_MESSAGES.juridictionRequired });
    expect((await update(id, { email: 'Admin@JUSTICE.test' })).status).toBe(409);
    expect((await update(id, { email: 'ANALYSTE@justice.test' })).status).toBe(200);
    expect((await update('00000000-0000-4000-8000-000000000000', { displayName: 'Personne' })).status).toBe(404);
    const self = await update(await idOf('admin@justice.test'), { active: false });
    expect(self.status).toBe(409);
  });
});
