import request from 'supertest';
import { createTestContext, signIn, type TestContext } from './support/test-app';
import { submitSaisine } from './support/workflow';

/**
 * Hostile bodies on the back-office's and the accounts' writes (workflow, bulk, preferences, clerk
 * entry, password, users) and the anonymous ones (sign-in, links, reset, tracking messages): a 4xx
 * every time, never a 5xx, and the referral they aim at is unchanged.
 */
let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

const HOSTILE: unknown[] = [
  {},
  [],
  42,
  true,
  null,
  'x',
  { to: {} },
  { to: [] },
  { to: 'enregistree', version: '1' },
  { to: 'enregistree', version: 1, numeroParquet: {} },
  { to: 'attribuee', version: 1, assigneeId: [] },
  { to: 'transferee', version: 1, juridictionId: {}, reason: [] },
  { to: 'decidee', version: 1, decision: {}, classementReason: [] },
  { to: 'complement_demande', version: 1, message: { a: 1 } },
  { ids: {}, to: 'attribuee' },
  { ids: [{}], to: [] },
  { value: 'x'.repeat(100_000) },
  { value: { filter: { q: {} }, sort: [] } },
  { email: {}, password: [] },
  { email: 'a@b.fr', password: {} },
  { message: {}, attachmentIds: 'x' },
  { message: 'ok', attachmentIds: [{}] },
  { displayName: [], role: {}, juridictionId: 5, active: 'oui' },
  { currentPassword: {}, newPassword: [], confirmation: null },
];

test('hostile bodies: 4xx on every write, never 5xx, nothing changed', async () => {
  const id = await submitSaisine(ctx.app);
  const greffier = await signIn(ctx.app, 'greffier.blois@justice.test');
  const [[before]] = (await ctx.db.query('SELECT status, version FROM saisines WHERE id = :id', { replacements: { id } })) as [[{ status: string; version: number }], unknown];
  const signedIn: Array<['post' | 'put', string]> = [
    ['post', `/api/saisines/${id}/transitions`],
    ['post', `/api/saisines/${id}/prise-en-compte`],
    ['post', '/api/saisines/bulk-transitions'],
    ['put', '/api/preferences/saisines.listParams'],
    ['post', '/api/saisines'],
    ['post', '/api/auth/password'],
  ];
  const anonymous = ['/api/auth/login', '/api/public/liens-de-suivi', '/api/auth/password-reset', '/api/public/suivi/abc/messages'];
  const unexpected: string[] = [];
  let tried = 0;
  for (const body of HOSTILE) {
    const json = JSON.stringify(body);
    for (const [method, path] of signedIn) {
      const response = await greffier.agent[method](path).set('X-CSRF-Token', greffier.csrfToken).set('Content-Type', 'application/json').send(json);
      tried += 1;
      if (response.status < 400 || response.status >= 500) unexpected.push(`${method} ${path} ${json.slice(0, 60)} → ${response.status}`);
    }
    for (const path of anonymous) {
      const response = await request(ctx.app).post(path).set('Content-Type', 'application/json').send(json);
      tried += 1;
      if (response.status >= 500) unexpected.push(`post ${path} ${json.slice(0, 60)} → ${response.status}`);
    }
  }
  expect(tried).toBe(HOSTILE.length * 10);
  expect(unexpected).toEqual([]);
  const [[after]] = (await ctx.db.query('SELECT status, version FROM saisines WHERE id = :id', { replacements: { id } })) as [[{ status: string; version: number }], unknown];
  expect(after).toEqual(before);
});

test('a NUL character in an address or a query string is a 400 in French, before any SQL', async () => {
  const greffier = await signIn(ctx.app, 'greffier.blois@justice.test');
  for (const path of ['/api/preferences/a%00b', '/api/juridictions/%00', '/api/public/communes/%00/routage']) {
    const response = await greffier.agent.get(path);
    expect([path, response.status, response.body.message]).toEqual([path, 400, 'L’adresse demandée contient un caractère invalide.']);
  }
  const query = await greffier.agent.get('/api/saisines').query({ q: 'fraude\u0000' });
  expect(query.status).toBe(400);
  expect(query.body).toEqual({ message: 'Les paramètres de la requête sont refusés.', errors: { q: 'Texte invalide : caractère nul ou caractère mal encodé.' } });
});
