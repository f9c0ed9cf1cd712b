import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { PassThrough } from 'node:stream';
import request from 'supertest';
import { createTestContext, type TestContext } from './support/test-app';
import { createLogger } from '../src/observability/logger';
import { createErrorReporter, parseDsn } from '../src/observability/error-reporter';
import { processHooks } from '../src/observability/process-hooks';
import { ConfigError, loadConfig } from '../src/config';

/**
 * Logs a production team can use: one JSON line per answer with its request id, the same id on
 * the line of a fault and in the 500 answer, no secret in any line; faults reported to a
 * Sentry-compatible service (a real HTTP server here) with that id.
 */
interface LogLine {
  level: number;
  msg: string;
  reqId?: string;
  req?: { id: string; method: string; url: string };
  res?: { statusCode: number };
  err?: { message: string; stack: string };
  [key: string]: unknown;
}

let ctx: TestContext;
let ingest: http.Server;
const envelopes: Array<{ url: string; auth: string; lines: Array<Record<string, unknown>> }> = [];
let output = '';
const lines = (): LogLine[] => output.trim().split('\n').filter(Boolean).map((line) => JSON.parse(line) as LogLine);

beforeAll(async () => {
  ingest = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      envelopes.push({ url: req.url ?? '', auth: String(req.headers['x-sentry-auth']), lines: body.split('\n').map((line) => JSON.parse(line)) });
      res.writeHead(200).end('{}');
    });
  });
  await new Promise<void>((resolve) => ingest.listen(0, '127.0.0.1', resolve));
  const destination = new PassThrough();
  destination.on('data', (chunk) => (output += chunk));
  const dsn = `http://clepublique@127.0.0.1:${(ingest.address() as AddressInfo).port}/42`;
  ctx = createTestContext({
    logger: createLogger({ level: 'info', format: 'json', destination }),
    reporter: createErrorReporter(dsn, { environment: 'test' }),
  });
});
afterAll(async () => {
  await new Promise((resolve) => ingest.close(resolve));
});

test('one JSON access-log line per answer, with the request id the client received', async () => {
  output = '';
  const response = await request(ctx.app).get('/api/public/juridictions');
  expect(response.status).toBe(200);
  const access = lines().filter((line) => line.req?.url === '/api/public/juridictions');
  expect(access).toHaveLength(1);
  expect(access[0]).toMatchObject({ level: 30, reqId: response.headers['x-request-id'], res: { statusCode: 200 }, service: 'info-parquet' });
  expect(access[0].responseTime).toEqual(expect.any(Number));
});

test('a refused request is a warning; tracking tokens, passwords and cookies never reach the log', async () => {
  output = '';
  await request(ctx.app).get('/api/public/suivi/JETON-SECRET-1234567890');
  const login = await request(ctx.app).post('/api/auth/login').send({ email: 'greffier.blois@justice.test', password: 'mot-de-passe-secret-99' });
  await request(ctx.app).get('/api/auth/me').set('Cookie', login.headers['set-cookie'] ?? []);
  const text = output;
  expect(text).not.toContain('JETON-SECRET');
  expect(text).not.toContain('mot-de-passe-secret');
  expect(text).not.toMatch(/ip\.sid/i);
  const suivi = lines().find((line) => line.req?.url.startsWith('/api/public/suivi/'));
  expect(suivi).toMatchObject({ level: 40, req: { url: '/api/public/suivi/…' }, res: { statusCode: 404 } });
});

test('a fault: the 500 answer, its log line and its report carry the same request id', async () => {
  output = '';
  envelopes.length = 0;
  // The database goes away under the application.
  await ctx.db.close();
  const response = await request(ctx.app).get('/api/public/juridictions');
  expect(response.status).toBe(500);
  const id = response.headers['x-request-id'];
  expect(response.body.requestId).toBe(id);
  const fault = lines().find((line) => line.msg.startsWith('Erreur interne'));
  expect(fault).toMatchObject({ level: 50, reqId: id });
  expect(fault?.err?.stack).toEqual(expect.any(String));
  expect(lines().find((line) => line.res?.statusCode === 500)).toMatchObject({ level: 50, reqId: id });
  for (let i = 0; i < 50 && envelopes.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 20));
  expect(envelopes).toHaveLength(1);
  const [envelope] = envelopes;
  expect(envelope.url).toBe('/api/42/envelope/');
  expect(envelope.auth).toContain('sentry_key=clepublique');
  expect(envelope.lines[1]).toEqual({ type: 'event' });
  expect(envelope.lines[2]).toMatchObject({ level: 'error', environment: 'test', tags: { request_id: id }, request: { method: 'GET', url: '/api/public/juridictions' } });
  expect((envelope.lines[2].exception as { values: Array<{ value: string }> }).values[0].value).toEqual(expect.any(String));
});

test('a promise rejected with no handler is logged and reported; an uncaught exception stops the process cleanly', async () => {
  output = '';
  const reported: unknown[] = [];
  const fatal: unknown[] = [];
  const destination = new PassThrough();
  destination.on('data', (chunk) => (output += chunk));
  const hooks = processHooks(createLogger({ level: 'info', format: 'json', destination }), { capture: async (error) => void reported.push(error) }, (error) => fatal.push(error));
  await hooks.unhandledRejection(new Error('oubliée'));
  expect(lines()).toEqual([expect.objectContaining({ level: 50, msg: 'Promesse rejetée sans traitement', err: expect.objectContaining({ message: 'oubliée' }) })]);
  expect(fatal).toEqual([]);
  await hooks.uncaughtException(new Error('perdue'));
  expect(lines()[1]).toMatchObject({ level: 60, err: { message: 'perdue' } });
  expect(reported).toHaveLength(2);
  expect(fatal).toHaveLength(1);
});

test('settings: JSON in production, readable lines elsewhere; a wrong level, form or DSN stops the start', () => {
  const production = { NODE_ENV: 'production', DATABASE_URL: 'postgres://x@y/z', SESSION_SECRET: 'x'.repeat(40) };
  expect(loadConfig(production).logFormat).toBe('json');
  expect(loadConfig({}).logFormat).toBe('pretty');
  expect(() => loadConfig({ LOG_LEVEL: 'bavard' })).toThrow(ConfigError);
  expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(ConfigError);
  expect(() => loadConfig({ ERROR_REPORTING_DSN: 'pas-une-adresse' })).toThrow(ConfigError);
  expect(parseDsn('https://abc@o1.ingest.sentry.io/123')).toEqual({ endpoint: 'https://o1.ingest.sentry.io/api/123/envelope/', key: 'abc' });
});
