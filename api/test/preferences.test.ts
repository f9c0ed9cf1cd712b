import { PREFERENCE_MAX_BYTES } from '@info-parquet/common';
import { createTestContext, signIn, type TestContext } from './support/test-app';
import request from 'supertest';

let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

const columns = { value: ['reference', 'status', 'receivedAt'] };

test('a user’s settings are theirs only: another user neither reads nor overwrites them', async () => {
  const blois = await signIn(ctx.app, 'greffier.blois@justice.test');
  const paris = await signIn(ctx.app, 'greffier.paris@justice.test');

  const put = await blois.agent.put('/api/preferences/saisines.datatable').set('X-CSRF-Token', blois.csrfToken).send(columns);
  expect(put.status).toBe(200);
  expect(put.body).toEqual({ key: 'saisines.datatable', value: columns.value });

  expect((await paris.agent.get('/api/preferences/saisines.datatable')).status).toBe(404);
  expect((await paris.agent.get('/api/preferences')).body).toEqual({});
  await paris.agent.put('/api/preferences/saisines.datatable').set('X-CSRF-Token', paris.csrfToken).send({ value: ['reference'] });

  // From "another computer": a new session of the same user finds the same settings.
  const again = await signIn(ctx.app, 'greffier.blois@justice.test');
  expect((await again.agent.get('/api/preferences')).body).toEqual({ 'saisines.datatable': columns.value });
  expect((await paris.agent.get('/api/preferences')).body).toEqual({ 'saisines.datatable': ['reference'] });

  expect((await again.agent.delete('/api/preferences/saisines.datatable').set('X-CSRF-Token', again.csrfToken)).status).toBe(204);
  expect((await blois.agent.get('/api/preferences')).body).toEqual({});
  expect((await paris.agent.get('/api/preferences')).body).toEqual({ 'saisines.datatable': ['reference'] });
});

test('an unknown key, an oversized value, a missing value or a full-text search is a 400 that stores nothing', async () => {
  const { agent, csrfToken } = await signIn(ctx.app, 'magistrat.blois@justice.test');
  const put = (key: string, body: unknown) => agent.put(`/api/preferences/${key}`).set('X-CSRF-Token', csrfToken).send(body as object);

  const unknown = await put('auth.token', { value: 'x' });
  expect(unknown.status).toBe(400);
  expect(unknown.body.message).toMatch(/Préférence inconnue/);

  const big = await put('saisines.listParams', { value: { sort: 'receivedAt', filter: { kind: 'x'.repeat(PREFERENCE_MAX_BYTES) } } });
  expect(big.status).toBe(400);
  expect(big.body.message).toMatch(/trop volumineuse/);

  expect((await put('saisines.listParams', {})).status).toBe(400);
  expect((await put('saisines.listParams', [1, 2])).status).toBe(400);

  // A search may hold a person's name: never kept on the server.
  const search = await put('saisines.listParams', { value: { sort: 'priority', order: 'ASC', filter: { q: 'Durand', status: ['recue'] } } });
  expect(search.status).toBe(400);
  expect(search.body.message).toMatch(/recherche libre/);
  const view = await put('saisines.vues', { value: [{ name: 'Urgentes', filter: { urgent: true, q: 'Durand' }, sort: { field: 'priority', order: 'ASC' } }] });
  expect(view.status).toBe(400);

  expect((await agent.get('/api/preferences')).body).toEqual({});

  const ok = await put('saisines.listParams', { value: { sort: 'priority', order: 'ASC', filter: { status: ['recue'] }, perPage: 50 } });
  expect(ok.status).toBe(200);
  expect((await agent.get('/api/preferences/saisines.listParams')).body.value).toEqual({
    sort: 'priority',
    order: 'ASC',
    filter: { status: ['recue'] },
    perPage: 50,
  });
});

test('signed out: 401; a write without the CSRF token: 403', async () => {
  expect((await request(ctx.app).get('/api/preferences')).status).toBe(401);
  expect((await request(ctx.app).put('/api/preferences/saisines.listParams').send({ value: {} })).status).toBe(401);
  const { agent } = await signIn(ctx.app, 'analyste@justice.test');
  expect((await agent.put('/api/preferences/saisines.listParams').send({ value: {} })).status).toBe(403);
});
