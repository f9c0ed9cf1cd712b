import request from 'supertest';
import { PASSWORD_MESSAGES } from '@info-parquet/common';
import { createTestContext, DEMO_PASSWORD, signIn, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

const NEW_PASSWORD = 'Verger-Lanterne-Orage-47';

test('the new password must follow the policy: French messages, by field', async () => {
  const { agent, csrfToken } = await signIn(ctx.app, 'greffier.blois@justice.test');
  const change = (body: object) => agent.post('/api/auth/password').set('X-CSRF-Token', csrfToken).send(body);
  const cases: Array<[object, Record<string, string>]> = [
    [{ currentPassword: DEMO_PASSWORD, newPassword: 'court-42' }, { newPassword: PASSWORD_MESSAGES.tooShort }],
    [{ currentPassword: DEMO_PASSWORD, newPassword: 'motdepasse123' }, { newPassword: PASSWORD_MESSAGES.common }],
    [{ currentPassword: DEMO_PASSWORD, newPassword: 'Azertyuiop2026!' }, { newPassword: PASSWORD_MESSAGES.common }],
    [{ currentPassword: DEMO_PASSWORD, newPassword: 'greffier-Lanterne-47' }, { newPassword: PASSWORD_MESSAGES.containsIdentifier }],
    [{ currentPassword: DEMO_PASSWORD, newPassword: 'Orage-Blois-Lanterne' }, { newPassword: PASSWORD_MESSAGES.containsIdentifier }],
    [{ currentPassword: DEMO_PASSWORD, newPassword: DEMO_PASSWORD }, { newPassword: PASSWORD_MESSAGES.sameAsCurrent }],
    [{}, { currentPassword: PASSWORD_MESSAGES.currentRequired, newPassword: PASSWORD_MESSAGES.required }],
    [{ currentPassword: 'pas-le-bon-mot-de-passe', newPassword: NEW_PASSWORD }, { currentPassword: 'Mot de passe actuel incorrect.' }],
  ];
  for (const [body, errors] of cases) {
    const response = await change(body);
    expect(response.status).toBe(400);
    expect(response.body).toEqual({ message: 'Le mot de passe n’a pas été modifié. Corrigez les champs indiqués.', errors });
  }
  expect(PASSWORD_MESSAGES.tooShort).toBe('Le mot de passe doit contenir au moins 12 caractères.');
  // Nothing changed: the demo password still works.
  expect((await request(ctx.app).post('/api/auth/login').send({ email: 'greffier.blois@justice.test', password: DEMO_PASSWORD })).status).toBe(200);
});

test('changing one’s password needs a session and the CSRF token, ends the other sessions and is logged', async () => {
  expect((await request(ctx.app).post('/api/auth/password').send({ currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(401);
  const here = await signIn(ctx.app, 'greffier.paris@justice.test');
  const elsewhere = await signIn(ctx.app, 'greffier.paris@justice.test');
  const body = { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD };
  expect((await here.agent.post('/api/auth/password').send(body)).status).toBe(403);

  const response = await here.agent.post('/api/auth/password').set('X-CSRF-Token', here.csrfToken).send(body);
  expect(response.status).toBe(200);
  expect(response.body).toEqual({ message: 'Votre mot de passe a été modifié.', otherSessionsEnded: 1 });
  expect((await here.agent.get('/api/auth/me')).status).toBe(200);
  expect((await elsewhere.agent.get('/api/auth/me')).status).toBe(401);

  const login = (password: string) => request(ctx.app).post('/api/auth/login').send({ email: 'greffier.paris@justice.test', password });
  expect((await login(DEMO_PASSWORD)).status).toBe(401);
  expect((await login(NEW_PASSWORD)).status).toBe(200);

  const [rows] = await ctx.db.query(
    `SELECT u.password_changed_at IS NOT NULL AS stamped, e.details FROM users u
     JOIN security_events e ON e.user_id = u.id AND e.type = 'password_changed' WHERE u.email = 'greffier.paris@justice.test'`,
  );
  expect(rows).toEqual([{ stamped: true, details: { otherSessionsEnded: 1 } }]);
});
