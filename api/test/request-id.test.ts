import request from 'supertest';
import { createTestContext, type TestContext } from './support/test-app';

/** Every answer carries a request id; a fault's answer gives it, so the user's report leads to the log line. */
let ctx: TestContext;
let broken: TestContext;
beforeAll(async () => {
  ctx = createTestContext();
  broken = createTestContext();
  // A database handle already closed: every query fails, as when the database is gone.
  await broken.db.close();
});
afterAll(async () => {
  await ctx.close();
  await broken.close().catch(() => undefined);
});

test('a new id on every answer; a sane one from a proxy is kept, another is replaced', async () => {
  const first = await request(ctx.app).get('/api/public/juridictions');
  const second = await request(ctx.app).get('/api/public/juridictions');
  expect(first.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  expect(second.headers['x-request-id']).not.toBe(first.headers['x-request-id']);
  expect((await request(ctx.app).get('/api/health').set('X-Request-Id', 'proxy-4f2a9c81')).headers['x-request-id']).toBe('proxy-4f2a9c81');
  expect((await request(ctx.app).get('/api/health').set('X-Request-Id', 'a b<script>')).headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
});

test('a fault answers 500 in French with the request id, and no stack trace', async () => {
  const response = await request(broken.app).get('/api/public/juridictions').set('X-Request-Id', 'incident-12345678');
  expect(response.status).toBe(500);
  expect(response.body).toEqual({
    message: 'Erreur interne du serveur. L’incident a été enregistré sous la référence incident-12345678.',
    requestId: 'incident-12345678',
  });
  expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts/);
});
