import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { subject } from '@casl/ability';
import request from 'supertest';
import { defineRulesFor } from '@info-parquet/common';
import { createTestContext, signIn, userIdsByEmail, type TestContext } from './support/test-app';
import { validSubmission } from './support/fixtures';
import { samplePdf } from './support/sample-files';
import { PARIS_FACTS } from './support/workflow';
import {
  ACTORS,
  ENDPOINTS,
  FIELDS,
  PERSONAL_KEYS,
  SUIVI_FORBIDDEN,
  abilityOf,
  expectedStatus,
  userFields,
  type Actor,
  type ActorName,
  type Fixtures,
  type Scope,
} from './support/authorization-matrix';

let ctx: TestContext;
let fixtures: Fixtures;
/** The streams need a server of their own: supertest would wait for their end, which never comes. */
let server: http.Server;
const agents = {} as Record<ActorName, { agent: ReturnType<typeof request.agent>; csrfToken?: string }>;
const ABSENT = '00000000-0000-4000-8000-000000000000';

async function submitWithPiece(facts?: Record<string, unknown>) {
  const pdf = await samplePdf('Procès-verbal');
  const uploaded = await request(ctx.app).post('/api/public/pieces-jointes').attach('fichier', pdf, 'pv.pdf');
  const body = validSubmission({ attachmentIds: [uploaded.body.id], ...(facts ? { facts } : {}) });
  const submitted = await request(ctx.app).post('/api/public/saisines').send(body);
  if (submitted.status !== 201) throw new Error(`submission: ${submitted.status}`);
  return { id: submitted.body.id as string, piece: uploaded.body.id as string, token: String(submitted.body.trackingUrl).split('/').pop()! };
}

const userId = async (email: string) => (await userIdsByEmail(ctx.db))[email];
const firstAdministrationId = async () =>
  String(((await ctx.db.query('SELECT min(id) AS id FROM administrations')) as [[{ id: number }], unknown])[0][0].id);

beforeAll(async () => {
  ctx = createTestContext();
  const blois = await submitWithPiece();
  const paris = await submitWithPiece(PARIS_FACTS);
  const [[mail]] = (await ctx.db.query(`SELECT id FROM outbox_mails LIMIT 1`)) as [[{ id: string }], unknown];
  fixtures = {
    saisine: { blois: blois.id, paris: paris.id, none: ABSENT },
    piece: { blois: blois.piece, paris: paris.piece, none: ABSENT },
    user: { blois: await userId('greffier.blois@justice.test'), paris: await userId('greffier.paris@justice.test'), none: ABSENT },
    juridiction: { blois: 'tj-blois', paris: 'tj-paris', none: 'tj-nulle-part' },
    outbox: { blois: mail.id, paris: mail.id, none: ABSENT },
    token: { blois: blois.token, paris: paris.token, none: 'A'.repeat(43) },
    administration: { blois: await firstAdministrationId(), paris: await firstAdministrationId(), none: '999999999' },
  };
  for (const actor of ACTORS) {
    agents[actor.name] = actor.email ? await signIn(ctx.app, actor.email) : { agent: request.agent(ctx.app) };
  }
  server = http.createServer(ctx.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await ctx.close();
});

function send(actor: Actor, method: 'get' | 'post' | 'put', path: string, body?: Record<string, unknown>) {
  const { agent, csrfToken } = agents[actor.name];
  const call = agent[method](path);
  if (method !== 'get' && csrfToken) call.set('X-CSRF-Token', csrfToken);
  return method === 'get' ? call : call.send(body ?? {});
}

/**
 * The status line and headers of a stream, with the actor's session cookie; a 200 is then cut
 * off at once (a stream never ends), a refusal is read whole (a JSON error).
 */
function streamHead(actor: Actor, path: string, headers: Record<string, string> = {}) {
  // The agents' cookies were set by supertest's servers on 127.0.0.1, like this one.
  const cookie = agents[actor.name].agent.jar.getCookies({ domain: '127.0.0.1', path: '/', secure: false, script: false }).toValueString();
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}${path}`;
  return new Promise<{ status: number; contentType: string; body: string }>((resolve, reject) => {
    const call = http.get(url, { headers: { ...(cookie ? { cookie } : {}), ...headers }, timeout: 5_000 }, (response) => {
      const head = { status: response.statusCode ?? 0, contentType: String(response.headers['content-type'] ?? '') };
      if (head.status === 200) {
        resolve({ ...head, body: '' });
        call.destroy();
        return;
      }
      let body = '';
      response.setEncoding('utf8');
      response.on('data', (chunk: string) => (body += chunk));
      response.on('end', () => resolve({ ...head, body }));
    });
    call.on('timeout', () => call.destroy(new Error(`${path}: no answer within 5 s`)));
    call.on('error', reject);
  });
}

const cases = ENDPOINTS.flatMap((endpoint) =>
  ACTORS.filter((actor) => !endpoint.byToken || actor.name === 'tracking').flatMap((actor) =>
    endpoint.scopes.map((scope) => ({ endpoint, actor, scope, expected: expectedStatus(actor, endpoint, scope) })),
  ),
);

describe('every actor × every endpoint × own court / other court / none', () => {
  test.each(cases.filter((c) => !c.endpoint.stream).map((c) => [`${c.actor.name} ${c.endpoint.name} [${c.scope}] → ${c.expected}`, c] as const))('%s', async (_name, c) => {
    const response = await send(c.actor, c.endpoint.method, c.endpoint.path(fixtures, c.scope), c.endpoint.body);
    expect(response.status).toBe(c.expected);
    if (c.expected >= 400) {
      expect(Object.keys(response.body)).toEqual(expect.arrayContaining(['message']));
      return;
    }
    if (c.endpoint.fields) {
      const fields = typeof c.endpoint.fields === 'function' ? c.endpoint.fields(c.actor) : c.endpoint.fields;
      expect(Object.keys(response.body).sort()).toEqual([...fields].sort());
    }
    if (c.endpoint.byToken) SUIVI_FORBIDDEN.forEach((key) => expect(response.body).not.toHaveProperty(key));
    if (c.actor.role === 'analyste' || c.actor.role === 'admin_national') {
      const text = JSON.stringify(response.body ?? '');
      PERSONAL_KEYS.forEach((key) => expect(text).not.toContain(`"${key}"`));
    }
  });
});

describe('the live stream (server-sent events): its status line and headers, then the connection is dropped', () => {
  const streams = cases.filter((c) => c.endpoint.stream);

  test('the stream is in the matrix, with every answer: open, forbidden, not signed in', () => {
    expect(new Set(streams.map((c) => c.expected))).toEqual(new Set([200, 401, 403]));
  });

  test.each(streams.map((c) => [`${c.actor.name} ${c.endpoint.name} → ${c.expected}`, c] as const))('%s', async (_name, c) => {
    const head = await streamHead(c.actor, c.endpoint.path(fixtures, c.scope));
    expect(head.status).toBe(c.expected);
    if (c.expected === 200) expect(head.contentType).toMatch(/^text\/event-stream/);
    else expect(JSON.parse(head.body)).toEqual(expect.objectContaining({ message: expect.any(String) }));
  });

  test('a tracking token opens no stream, however it is sent', async () => {
    const tracking = ACTORS.find((a) => a.name === 'tracking')!;
    const token = fixtures.token.blois;
    for (const [path, headers] of [
      [`/api/events?token=${token}`, {}],
      ['/api/events', { Authorization: `Bearer ${token}` }],
      [`/api/events?lastEventId=0&token=${token}`, { 'Last-Event-ID': '0' }],
    ] as const) {
      expect({ path, status: (await streamHead(tracking, path, headers)).status }).toEqual({ path, status: 401 });
    }
  });
});

describe('read answers carry exactly the fields of their audience', () => {
  test('auth/me: the user object never carries a password hash or a sign-on identity', async () => {
    for (const actor of ACTORS.filter((a) => a.email)) {
      const me = await send(actor, 'get', '/api/auth/me');
      expect(Object.keys(me.body.user).sort()).toEqual([...FIELDS.meUser].sort());
      // Rules may name the user's own id (their preferences): the matrix's actors have none.
      expect(me.body.rules).toEqual(defineRulesFor({ id: me.body.user.id, role: actor.role!, juridictionId: actor.juridictionId ?? null }));
    }
  });

  test('a referral of their court: the court sees its content, including persons and documents', async () => {
    const detail = await send(ACTORS.find((a) => a.name === 'magistratBlois')!, 'get', `/api/saisines/${fixtures.saisine.blois}`);
    expect(detail.body).toMatchObject({ juridictionId: 'tj-blois' });
    expect(detail.body.persons.length).toBeGreaterThan(0);
    expect(detail.body.attachments.map((a: { id: string }) => a.id)).toEqual([fixtures.piece.blois]);
  });

  test('user lists: every row has exactly the user fields', async () => {
    for (const actor of ACTORS.filter((a) => abilityOf(a).can('read', 'User'))) {
      const rows = (await send(actor, 'get', '/api/users')).body as Record<string, unknown>[];
      rows.forEach((row) => expect(Object.keys(row).sort()).toEqual([...userFields(actor)].sort()));
    }
  });
});

describe('lists return only visible records, whatever the filter names', () => {
  const filters: Array<Record<string, unknown>> = [{}, { juridictionId: 'tj-paris' }, { juridictionId: 'tj-blois' }, { juridictionId: ['tj-blois', 'tj-paris'] }];
  const listOf = (actor: Actor, path: string, filter: Record<string, unknown>) =>
    send(actor, 'get', `${path}?filter=${encodeURIComponent(JSON.stringify(filter))}`);

  test.each(ACTORS.filter((a) => abilityOf(a).can('read', 'Saisine')).map((a) => [a.name, a] as const))('saisines as %s', async (_n, actor) => {
    for (const filter of filters) {
      const response = await listOf(actor, '/api/saisines', filter);
      expect(response.status).toBe(200);
      const rows = response.body as Array<Record<string, unknown>>;
      rows.forEach((row) => {
        expect(row.juridictionId).toBe(actor.juridictionId);
        expect(Object.keys(row).sort()).toEqual([...FIELDS.saisineListRow].sort());
      });
      const own = fixtures.saisine[actor.juridictionId === 'tj-blois' ? 'blois' : 'paris'];
      const wanted = !('juridictionId' in filter) || [filter.juridictionId].flat().includes(actor.juridictionId);
      expect(rows.some((row) => row.id === own)).toBe(wanted);
    }
  });

  test.each(ACTORS.filter((a) => abilityOf(a).can('read', 'User')).map((a) => [a.name, a] as const))('users as %s', async (_n, actor) => {
    for (const filter of filters) {
      const rows = (await listOf(actor, '/api/users', filter)).body as Array<Record<string, unknown>>;
      const ability = abilityOf(actor);
      rows.forEach((row) => expect(ability.can('read', subject('User', { ...row }) as unknown as 'User')).toBe(true));
      if (actor.juridictionId && filter.juridictionId === 'tj-paris' && actor.juridictionId !== 'tj-paris') expect(rows).toEqual([]);
    }
  });
});

test('the scopes cover own court, another court and none for every record endpoint', () => {
  const scopes = new Set<Scope>(ENDPOINTS.filter((e) => e.record).flatMap((e) => e.scopes));
  expect([...scopes].sort()).toEqual(['blois', 'none', 'paris']);
});

test('the administrator reads the outbox without any referral content: no person, no narrative', async () => {
  const admin = ACTORS.find((a) => a.name === 'admin')!;
  const text = JSON.stringify((await send(admin, 'get', '/api/outbox?range=[0,99]')).body);
  const submission = validSubmission();
  expect(text).not.toContain(submission.facts.narrative);
  expect(text).not.toContain('Durand');
  expect(text).not.toContain('Alexandrine');
});

describe('the administrator’s screens read exactly their fields', () => {
  const admin = () => ACTORS.find((a) => a.name === 'admin')!;
  test.each([
    ['/api/outbox?range=[0,99]', FIELDS.outboxMail],
    ['/api/security-events?range=[0,99]', FIELDS.securityEvent],
    ['/api/administrations?range=[0,99]', FIELDS.administration],
    ['/api/juridictions?range=[0,99]', FIELDS.juridiction],
  ] as const)('%s', async (path, fields) => {
    const response = await send(admin(), 'get', path);
    expect(response.status).toBe(200);
    const rows = response.body as Array<Record<string, unknown>>;
    expect(rows.length).toBeGreaterThan(0);
    rows.forEach((row) => expect(Object.keys(row).sort()).toEqual([...fields].sort()));
  });

  test('the outbox never returns a mail’s sealed secrets nor a tracking token', async () => {
    const text = (await send(admin(), 'get', '/api/outbox?range=[0,99]')).text;
    expect(text).not.toMatch(/sealed/i);
    for (const token of [fixtures.token.blois, fixtures.token.paris]) expect(text).not.toContain(token);
  });
});

describe('the analyst sees no person’s name anywhere, the CSV export included', () => {
  const submission = validSubmission();
  const physical = submission.persons.find((p) => p.type === 'physique') as { lastName: string; firstName: string };
  const names = [physical.lastName, physical.firstName, submission.sender.agentName, submission.sender.email];
  const reads = () =>
    ENDPOINTS.filter((e) => e.method === 'get' && !e.byToken && !e.stream).flatMap((e) => e.scopes.map((scope) => e.path(fixtures, scope)));

  test('every read of the analyst, whatever its status', async () => {
    const analyst = ACTORS.find((a) => a.name === 'analyste')!;
    const paths = [...reads(), '/api/saisines/export.csv', `/api/saisines/export.csv?filter=${encodeURIComponent('{"q":"Durand"}')}`];
    expect(paths).toContain('/api/saisines/export.csv');
    for (const path of paths) {
      const response = await send(analyst, 'get', path);
      const text = response.text ?? JSON.stringify(response.body ?? '');
      for (const name of names) expect({ path, leaked: text.includes(name) ? name : null }).toEqual({ path, leaked: null });
    }
  });

  test('the same reads by the court do show them (the check above can fail)', async () => {
    const magistrat = ACTORS.find((a) => a.name === 'magistratBlois')!;
    const texts = await Promise.all(reads().map(async (path) => (await send(magistrat, 'get', path)).text));
    expect(texts.join('\n')).toContain(physical.lastName);
  });
});
