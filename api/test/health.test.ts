import request from 'supertest';
import { createTestContext, type TestContext } from './support/test-app';

let ctx: TestContext;
let diskShort: TestContext;
beforeAll(() => {
  ctx = createTestContext();
  diskShort = createTestContext({ uploadCapacity: { diskReserveBytes: Number.MAX_SAFE_INTEGER } });
});
afterAll(async () => {
  await ctx.close();
  await diskShort.close();
});

test('GET /api/health answers ok when the database answers and the upload disk keeps its reserve', async () => {
  const response = await request(ctx.app).get('/api/health');
  expect(response.status).toBe(200);
  expect(response.body).toEqual({ status: 'ok', checks: { database: 'ok', disk: 'ok' } });
});

test('GET /api/health: 503 naming the disk when it is under its reserve', async () => {
  const response = await request(diskShort.app).get('/api/health');
  expect(response.status).toBe(503);
  expect(response.body).toEqual({ status: 'unavailable', message: expect.stringMatching(/espace disque/), checks: { database: 'ok', disk: 'ko' } });
});

test('GET /api/openapi.json describes the routes that exist', async () => {
  const response = await request(ctx.app).get('/api/openapi.json');
  expect(response.status).toBe(200);
  expect(response.body.openapi).toBe('3.1.0');
  for (const path of ['/health', '/public/saisines', '/public/suivi/{token}', '/auth/login', '/auth/me', '/saisines', '/saisines/{id}', '/indicators', '/public/statistiques']) {
    expect(response.body.paths).toHaveProperty([path]);
  }
});

test('every operation of the OpenAPI document has its own operationId', async () => {
  const { paths } = (await request(ctx.app).get('/api/openapi.json')).body as { paths: Record<string, Record<string, { operationId?: string }>> };
  const ids = Object.values(paths).flatMap((operations) => Object.values(operations).map((operation) => operation.operationId));
  expect(ids.length).toBeGreaterThan(50);
  expect(ids.every((id) => typeof id === 'string' && /^[a-z]+[A-Za-z0-9]*$/.test(id))).toBe(true);
  expect(new Set(ids).size).toBe(ids.length);
  expect(paths['/saisines/{id}/prise-en-compte'].post.operationId).toBe('postSaisinesIdPriseEnCompte');
});

test('an unknown API route is a JSON 404, and malformed JSON a 400', async () => {
  const missing = await request(ctx.app).get('/api/nothing-here');
  expect(missing.status).toBe(404);
  expect(missing.body.message).toMatch(/Aucune route/);
  const malformed = await request(ctx.app).post('/api/public/saisines').set('Content-Type', 'application/json').send('{"kind":');
  expect(malformed.status).toBe(400);
  expect(malformed.body.message).toMatch(/JSON/);
});
