import request from 'supertest';
import { createTestContext, type TestContext } from './support/test-app';
import { createNationalAdministrator } from '../src/accounts/users/first-administrator';
import { AppError } from '../src/http/app-error';

/** `npm run admin:create`: the first account of a deployment, activated through its link. */
let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

test('a national administrator without password; the link sets it; the first sign-in asks for the second factor', async () => {
  const created = await createNationalAdministrator(ctx.db, { email: ' Premiere.Admin@justice.gouv.fr ', displayName: 'Première Admin' }, 'https://info-parquet.justice.fr');
  expect(created.activationLink).toMatch(/^https:\/\/info-parquet\.justice\.fr\/admin\/activer-mon-compte\?token=[\w-]+$/);
  const [[row]] = (await ctx.db.query(`SELECT role, juridiction_id, active, password_hash FROM users WHERE id = :id`, { replacements: { id: created.id } })) as [
    [{ role: string; juridiction_id: string | null; active: boolean; password_hash: string | null }],
    unknown,
  ];
  expect(row).toEqual({ role: 'admin_national', juridiction_id: null, active: true, password_hash: null });
  const [mails] = await ctx.db.query(`SELECT kind FROM outbox_mails WHERE to_address = 'Premiere.Admin@justice.gouv.fr'`);
  expect(mails).toEqual([{ kind: 'activation_compte' }]);
  const [events] = await ctx.db.query(`SELECT type, user_agent FROM security_events WHERE user_id = :id`, { replacements: { id: created.id } });
  expect(events).toEqual([{ type: 'user_created', user_agent: 'ligne de commande (npm run admin:create)' }]);

  const token = new URL(created.activationLink).searchParams.get('token');
  const password = 'une phrase de passe solide 2026';
  expect((await request(ctx.app).post('/api/auth/password-reset/confirm').send({ token, password })).status).toBe(200);
  const login = await request(ctx.app).post('/api/auth/login').send({ email: 'premiere.admin@justice.gouv.fr', password });
  expect(login.status).toBe(200);
  expect(login.body.mfa).toBe('enrolment_required');
});

test('an address already taken or invalid is refused, in French, and nothing is created', async () => {
  const count = async () => Number(((await ctx.db.query('SELECT count(*) AS n FROM users')) as [[{ n: string }], unknown])[0][0].n);
  const before = await count();
  await expect(createNationalAdministrator(ctx.db, { email: 'admin@justice.test', displayName: 'Doublon' }, 'http://x')).rejects.toMatchObject({ status: 409 });
  const invalid = createNationalAdministrator(ctx.db, { email: 'pas-une-adresse', displayName: '' }, 'http://x');
  await expect(invalid).rejects.toBeInstanceOf(AppError);
  await expect(invalid).rejects.toMatchObject({ status: 400, errors: { email: expect.any(String), displayName: expect.any(String) } });
  expect(await count()).toBe(before);
});
