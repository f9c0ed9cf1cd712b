import request from 'supertest';
import { createTestContext, type TestContext } from './support/test-app';
import { validSubmission } from './support/fixtures';

/**
 * Hostile public submissions, generated from a valid one: every leaf replaced by a value of each
 * wrong type, by null, by a huge or control-character string; prototype keys and unknown fields at
 * every level; deep nesting. Each answer must be a 201 or a French 4xx, never a 5xx, and only the
 * 201s store anything.
 */
let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

const REPLACEMENTS: Json[] = [{}, [], 42, true, null, 'x'.repeat(30_000), 'a\u0000b', '\u001b[31m', { $gt: '' }, [[['deep']]]];

/** Every path to a value of `document` (objects and arrays included), as a list of keys. */
function paths(document: Json, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (document === null || typeof document !== 'object') return [prefix];
  const children = Array.isArray(document) ? document.map((item, index) => paths(item, [...prefix, index])) : Object.entries(document).map(([key, item]) => paths(item, [...prefix, key]));
  return [prefix, ...children.flat()];
}

function replaced(document: Json, path: Array<string | number>, value: Json): Json {
  if (path.length === 0) return value;
  const copy = structuredClone(document) as Record<string | number, Json>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, Json>;
  node[path[path.length - 1]] = value;
  return copy;
}

function hostileBodies(): Array<{ name: string; body: string }> {
  const base = validSubmission() as unknown as Json;
  const bodies: Array<{ name: string; body: string }> = [];
  for (const path of paths(base)) {
    if (path.length === 0) continue;
    for (const value of REPLACEMENTS) bodies.push({ name: `${path.join('.')} = ${JSON.stringify(value).slice(0, 20)}`, body: JSON.stringify(replaced(base, path, value)) });
  }
  for (const path of paths(base).filter((p) => { const v = p.reduce<Json>((node, key) => (node as Record<string | number, Json>)[key], base); return v !== null && typeof v === 'object' && !Array.isArray(v); })) {
    const target = path.length ? `${path.join('.')}.` : '';
    // Prototype keys have to be written by hand: JSON.stringify of an object never emits them.
    const json = JSON.stringify(replaced(base, [...path, 'CLE'], { isAdmin: true }));
    for (const key of ['__proto__', 'constructor', 'prototype', 'inconnu']) bodies.push({ name: `${target}${key}`, body: json.replace('"CLE"', JSON.stringify(key)) });
  }
  let deep: Json = 'fond';
  for (let level = 0; level < 200; level += 1) deep = { a: deep };
  bodies.push({ name: 'deep nesting', body: JSON.stringify({ ...(base as object), facts: deep }) });
  bodies.push({ name: 'array body', body: '[1,2,3]' });
  bodies.push({ name: 'string body', body: '"saisine"' });
  bodies.push({ name: 'not JSON', body: '{"kind": "plainte",' });
  bodies.push({ name: 'endDate empty', body: JSON.stringify(replaced(base, ['facts', 'endDate'], '')) });
  return bodies;
}

async function countSaisines(): Promise<number> {
  const [[row]] = (await ctx.db.query('SELECT count(*)::int AS n FROM saisines')) as [[{ n: number }], unknown];
  return row.n;
}

test('hostile submissions: never a 5xx, always French, nothing stored but the 201s', async () => {
  const bodies = hostileBodies();
  expect(bodies.length).toBeGreaterThan(300);
  const before = await countSaisines();
  const statuses = new Map<number, number>();
  const failures: string[] = [];
  let created = 0;
  for (const { name, body } of bodies) {
    const response = await request(ctx.app).post('/api/public/saisines').set('Content-Type', 'application/json').send(body);
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    if (response.status >= 500) failures.push(`${name} → ${response.status}`);
    if (response.status === 201) created += 1;
    else {
      const text = JSON.stringify(response.body);
      if (!/^4\d\d$/.test(String(response.status)) || typeof response.body.message !== 'string') failures.push(`${name} → ${response.status} ${text.slice(0, 80)}`);
      if (/\b(is a required field|must be a|cannot be null|is invalid|must match)\b/.test(text)) failures.push(`${name} → English: ${text.slice(0, 120)}`);
    }
  }
  expect(failures).toEqual([]);
  expect(await countSaisines()).toBe(before + created);
  // Most mutations are refused; those left are harmless values of the right type (e.g. "x" × 30 000 is too long: refused).
  expect(statuses.get(400)! + (statuses.get(413) ?? 0)).toBeGreaterThan(bodies.length * 0.8);
  // Over 300 requests one after the other: about 2 s here, far more on a loaded machine.
}, 60_000);

test('a wrong type names the field in French; null for an optional field means absent', async () => {
  const base = validSubmission();
  const wrong = await request(ctx.app)
    .post('/api/public/saisines')
    .send({ ...base, sender: { ...base.sender, email: {} }, facts: { ...base.facts, narrative: [] }, juridictionId: [] });
  expect(wrong.status).toBe(400);
  expect(wrong.body.errors).toEqual({ 'sender.email': 'Texte attendu.', 'facts.narrative': 'Texte attendu.', juridictionId: 'Texte attendu.' });

  const withNulls = await request(ctx.app).post('/api/public/saisines').send({ ...base, urgencyReason: null, qualification: null, facts: { ...base.facts, endDate: null } });
  expect(withNulls.status).toBe(201);

  const unknown = await request(ctx.app).post('/api/public/saisines').send({ ...base, priorite: 'haute' });
  expect(unknown.status).toBe(400);
  expect(unknown.body.errors).toEqual({ priorite: 'Champ inconnu.' });
});

test('a body too deep or with a prototype key is refused on every route, before the route', async () => {
  let deep: Json = 1;
  for (let level = 0; level < 50; level += 1) deep = { a: deep };
  const response = await request(ctx.app).post('/api/auth/login').send({ email: 'a@b.fr', password: 'x', extra: deep });
  expect(response.status).toBe(400);
  expect(JSON.stringify(response.body.errors)).toMatch(/trop profond/);
  const proto = await request(ctx.app).post('/api/public/liens-de-suivi').set('Content-Type', 'application/json').send('{"email":"a@b.fr","__proto__":{"x":1}}');
  expect(proto.status).toBe(400);
  expect(proto.body.errors).toEqual({ ['__proto__']: 'Nom de champ interdit.' });
});
