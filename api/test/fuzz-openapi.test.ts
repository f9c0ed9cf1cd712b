import fs from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import request from 'supertest';
import { openApiDocument } from '../src/openapi/document';
import { createTestContext, signIn, userIdsByEmail, type TestContext } from './support/test-app';
import { validSubmission } from './support/fixtures';
import { samplePdf } from './support/sample-files';
import { hostileRequests, operationsOf, type HostileRequest, type Operation } from './support/openapi-fuzz';

/**
 * Every operation of the OpenAPI document, attacked with generated hostile requests (see
 * support/openapi-fuzz.ts): never a 5xx, and a refused write (4xx) changes nothing stored.
 * The seed is fixed; `FUZZ_SEED=<n>` replays another draw, `FUZZ_RUNS=<n>` draws more per operation.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20261207);
const RUNS = Number(process.env.FUZZ_RUNS ?? 40);
const OPERATIONS = operationsOf(openApiDocument('http://localhost:3000') as unknown as Parameters<typeof operationsOf>[0]);

/** What a refused request must leave as it was (sign-in counters, logs and sessions may move). */
const STORED = [
  'saisines',
  'saisine_events',
  'saisine_personnes',
  'saisine_sequences',
  'pieces_jointes',
  'outbox_mails',
  'suivi_tokens',
  'users',
  'recovery_codes',
  'account_tokens',
  'user_preferences',
  'juridictions',
  'administrations',
  'reference_changes',
  'app_settings',
];

let ctx: TestContext;
/** The stream needs a server of its own: supertest would wait for an end that never comes. */
let server: http.Server;
const valid: Record<string, string> = {};

async function fingerprint(): Promise<string> {
  const parts = STORED.map((table) => `'${table}=' || (SELECT count(*) || ':' || coalesce(sum(hashtext(t::text)), 0) FROM ${table} t)`);
  const [[row]] = (await ctx.db.query(`SELECT concat_ws(' ', ${parts.join(', ')}) AS print`)) as [[{ print: string }], unknown];
  const files = fs.readdirSync(ctx.uploadDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).length;
  return `${row.print} files:${files}`;
}

/** Who calls: an administrator for the national resources, the analyst for indicators, a clerk otherwise. */
function accountFor(operation: Operation): string | null {
  if (!operation.secured && !operation.path.startsWith('/auth/totp')) return null;
  if (/^\/(users|security-events|outbox|juridictions|administrations|reference-changes)/.test(operation.path)) return 'admin@justice.test';
  if (operation.path.startsWith('/indicators')) return 'analyste@justice.test';
  return 'greffier.blois@justice.test';
}

beforeAll(async () => {
  ctx = createTestContext();
  server = http.createServer(ctx.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const uploaded = await request(ctx.app).post('/api/public/pieces-jointes').attach('fichier', await samplePdf('Procès-verbal'), 'pv.pdf');
  const submitted = await request(ctx.app).post('/api/public/saisines').send(validSubmission({ attachmentIds: [uploaded.body.id] }));
  if (submitted.status !== 201) throw new Error(`submission: ${submitted.status}`);
  const admin = await signIn(ctx.app, 'admin@justice.test');
  // The account the users' routes are aimed at, so that no mutation disables a caller of the suite.
  const target = await admin.agent
    .post('/api/users')
    .set('X-CSRF-Token', admin.csrfToken)
    .send({ email: 'cible.fuzz@justice.test', displayName: 'Cible du fuzz', role: 'greffier', juridictionId: 'tj-tours', active: true });
  if (target.status !== 201) throw new Error(`user: ${target.status} ${JSON.stringify(target.body)}`);
  const [[outbox]] = (await ctx.db.query('SELECT id FROM outbox_mails ORDER BY id LIMIT 1')) as [[{ id: string }], unknown];
  const [[administration]] = (await ctx.db.query('SELECT min(id) AS id FROM administrations')) as [[{ id: number }], unknown];
  Object.assign(valid, {
    id: submitted.body.id,
    pieceId: uploaded.body.id,
    token: String(submitted.body.trackingUrl).split('/').pop(),
    codeInsee: '41018',
    key: 'saisines.listParams',
  });
  // Same `{id}` name, other resources: chosen per operation below.
  Object.assign(ids, { users: target.body.id, outbox: String(outbox.id), juridictions: 'tj-tours', administrations: String(administration.id) });
  expect(Object.keys(await userIdsByEmail(ctx.db))).toContain('cible.fuzz@justice.test');
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await ctx.close();
});

const ids: Record<string, string> = {};

function validFor(operation: Operation): Record<string, string> {
  const resource = operation.path.split('/')[1];
  return { ...valid, ...(ids[resource] ? { id: ids[resource] } : {}) };
}

type Session = Awaited<ReturnType<typeof signIn>>;

/** A stream's status line, then the connection is dropped (a refusal is a short JSON body). */
function streamStatus(hostile: HostileRequest, session: Session | null): Promise<{ status: number; text: string }> {
  const cookie = session?.agent.jar.getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false }).toValueString();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${hostile.url}`;
  return new Promise((resolve, reject) => {
    const call = http.get(url, { headers: { ...(cookie ? { cookie } : {}), ...hostile.headers }, timeout: 10_000 }, (response) => {
      const status = response.statusCode ?? 0;
      if (status === 200) {
        response.destroy();
        resolve({ status, text: '' });
        return;
      }
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status, text }));
    });
    call.on('timeout', () => call.destroy(new Error('no status line within 10 s')));
    call.on('error', reject);
  });
}

async function send(operation: Operation, hostile: HostileRequest, session: Session | null) {
  if (operation.stream) return streamStatus(hostile, session);
  const agent = session ? session.agent : request(ctx.app);
  let call = (agent as unknown as Record<string, (url: string) => request.Test>)[operation.method](hostile.url);
  if (session && operation.method !== 'get') call = call.set('X-CSRF-Token', session.csrfToken);
  for (const [name, value] of Object.entries(hostile.headers)) call = call.set(name, value);
  if (hostile.body !== undefined) call = call.send(hostile.body);
  return call.timeout(20_000);
}

describe.each(OPERATIONS.map((operation) => [`${operation.method.toUpperCase()} ${operation.path}`, operation] as const))('%s', (_name, operation) => {
  test('hostile requests: never a 5xx, a refused write changes nothing', async () => {
    const email = accountFor(operation);
    const session = email ? await signIn(ctx.app, email) : null;
    const requests = hostileRequests(operation, validFor(operation), SEED + OPERATIONS.indexOf(operation), RUNS);
    const failures: string[] = [];
    let answered = 0;
    for (const hostile of requests) {
      const write = operation.method !== 'get';
      const before = write ? await fingerprint() : '';
      let status: number;
      let text = '';
      try {
        const response = await send(operation, hostile, session);
        status = response.status;
        text = response.text?.slice(0, 200) ?? '';
      } catch (error) {
        // The client refused to send it (a header Node will not write): not the server's answer.
        if ((error as NodeJS.ErrnoException).code === 'ERR_INVALID_CHAR' || (error as Error).message.includes('Invalid character')) continue;
        failures.push(`${hostile.label}: ${(error as Error).message}`);
        continue;
      }
      answered += 1;
      if (status >= 500) failures.push(`${hostile.label}: ${status} ${text}`);
      else if (write && status >= 400) {
        const after = await fingerprint();
        const changed = after.split(' ').filter((part) => !before.split(' ').includes(part));
        if (changed.length) failures.push(`${hostile.label}: ${status} but something was stored (${changed.join(', ')})`);
      }
    }
    expect(failures).toEqual([]);
    expect(answered).toBeGreaterThan(RUNS / 2);
  }, 120_000);
});
