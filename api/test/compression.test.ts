import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { createTestContext, signIn, type TestContext } from './support/test-app';

/** The API compresses what is worth it, for clients that accept it; never the live stream. */
let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

test('a large JSON answer is gzipped when accepted, plain otherwise', async () => {
  const gzipped = await request(ctx.app).get('/api/openapi.json').set('Accept-Encoding', 'gzip');
  expect(gzipped.status).toBe(200);
  expect(gzipped.headers['content-encoding']).toBe('gzip');
  expect(gzipped.headers.vary).toMatch(/Accept-Encoding/i);
  expect(gzipped.body.openapi).toBe('3.1.0');
  const plain = await request(ctx.app).get('/api/openapi.json').set('Accept-Encoding', 'identity');
  expect(plain.headers['content-encoding']).toBeUndefined();
});

test('a small answer is left as it is', async () => {
  const health = await request(ctx.app).get('/api/health').set('Accept-Encoding', 'gzip');
  expect(health.headers['content-encoding']).toBeUndefined();
});

test('a signed-in list is compressed too', async () => {
  const clerk = await signIn(ctx.app, 'greffier.blois@justice.test');
  const list = await clerk.agent.get('/api/juridictions').set('Accept-Encoding', 'gzip');
  expect(list.status).toBe(200);
  expect(list.headers['content-encoding']).toBe('gzip');
});

test('the live stream is never compressed: its first event arrives at once', async () => {
  const clerk = await signIn(ctx.app, 'greffier.blois@justice.test');
  const cookie = clerk.agent.jar.getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false }).toValueString();
  const server = http.createServer(ctx.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const first = await new Promise<{ encoding: string | undefined; text: string }>((resolve, reject) => {
      const call = http.get(`http://127.0.0.1:${(server.address() as AddressInfo).port}/api/events`, { headers: { cookie, 'Accept-Encoding': 'gzip' } }, (response) => {
        response.once('data', (chunk: Buffer) => {
          resolve({ encoding: response.headers['content-encoding'], text: chunk.toString('utf8') });
          call.destroy();
        });
      });
      call.setTimeout(3_000, () => call.destroy(new Error('no event within 3 s')));
      call.on('error', reject);
    });
    expect(first).toEqual({ encoding: undefined, text: expect.stringContaining('retry: 5000') });
  } finally {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  }
});
