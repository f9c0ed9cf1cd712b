import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { TODAY } from './fixtures';

/**
 * Hostile requests generated from the OpenAPI document: for each operation, a well-shaped body
 * built from its schema, then mutated (wrong types, nulls, huge or control-character strings,
 * prototype keys, deep nesting, non-JSON, wrong content types, multipart abuse), and mutated
 * query strings, path parameters and headers. fast-check draws them from a fixed seed, so a
 * failure replays (`FUZZ_SEED=… npx jest fuzz-openapi`).
 */

export type Schema = Record<string, unknown>;
export interface Operation {
  method: string;
  path: string;
  operationId: string;
  parameters: Array<{ name: string; in: string; schema?: Schema; example?: unknown }>;
  bodyTypes: string[];
  bodySchema?: Schema;
  secured: boolean;
  /** A 200 is a stream that never ends (server-sent events). */
  stream: boolean;
}

export interface HostileRequest {
  /** What was mutated, to read a failure. */
  label: string;
  url: string;
  headers: Record<string, string>;
  /** Raw bytes or text as sent (already serialized). */
  body?: string | Buffer;
}

type Document = { paths: Record<string, Record<string, Record<string, unknown>>>; components: { schemas: Record<string, Schema> } };

export function operationsOf(document: Document): Operation[] {
  const operations: Operation[] = [];
  for (const [path, methods] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(methods)) {
      if (!['get', 'post', 'put', 'patch', 'delete'].includes(method)) continue;
      const content = (operation.requestBody as { content?: Record<string, { schema?: Schema }> } | undefined)?.content ?? {};
      const bodyTypes = Object.keys(content);
      operations.push({
        method,
        path,
        operationId: String(operation.operationId),
        parameters: (operation.parameters as Operation['parameters']) ?? [],
        bodyTypes,
        bodySchema: bodyTypes.length ? resolve(document, content[bodyTypes[0]].schema ?? {}) : undefined,
        secured: Array.isArray(operation.security) && operation.security.length > 0,
        stream: Boolean((operation.responses as Record<string, { content?: Record<string, unknown> }> | undefined)?.['200']?.content?.['text/event-stream']),
      });
    }
  }
  return operations;
}

/** The schema with every `$ref` replaced by what it points to. */
export function resolve(document: Document, schema: Schema): Schema {
  if (typeof schema.$ref === 'string') return resolve(document, document.components.schemas[schema.$ref.split('/').pop()!]);
  const result: Schema = { ...schema };
  if (schema.properties) {
    result.properties = Object.fromEntries(Object.entries(schema.properties as Record<string, Schema>).map(([key, value]) => [key, resolve(document, value)]));
  }
  if (schema.items) result.items = resolve(document, schema.items as Schema);
  return result;
}

/** A value of the right shape for a schema: every property filled, the first enum value, plausible formats. */
export function wellShaped(schema: Schema): unknown {
  if (Array.isArray(schema.enum)) return schema.enum[0];
  const types = Array.isArray(schema.type) ? schema.type : [schema.type ?? (schema.properties ? 'object' : 'string')];
  const type = types.find((candidate) => candidate !== 'null');
  switch (type) {
    case 'object':
      return Object.fromEntries(Object.entries((schema.properties as Record<string, Schema>) ?? {}).map(([key, value]) => [key, wellShaped(value)]));
    case 'array':
      return schema.items ? [wellShaped(schema.items as Schema)] : [];
    case 'integer':
    case 'number':
      return 1;
    case 'boolean':
      return true;
    default:
      if (schema.format === 'date') return TODAY;
      if (schema.format === 'email') return 'agent.fuzz@dgfip.finances.gouv.fr';
      if (schema.format === 'uuid') return randomUUID();
      if (typeof schema.pattern === 'string' && schema.pattern.includes('\\d{14}')) return '73282932000074';
      if (typeof schema.pattern === 'string' && schema.pattern.includes('\\d{5}')) return '41018';
      return 'x'.repeat(Math.max(Number(schema.minLength ?? 0), 3));
  }
}

const HOSTILE_STRINGS = [
  '',
  ' ',
  '\u0000',
  '\u0000\u0001\u001f\u007f',
  '\u202e\u200b\ufeff',
  '\ud800',
  'x'.repeat(200_000),
  '__proto__',
  'constructor',
  '../../../etc/passwd',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '%00',
  '1970-13-45',
  '0000-00-00',
  '2026-02-30',
  'NaN',
  '-1',
  '1e400',
  '[',
  '{"a":',
];

/** A hostile JSON value: special constants, arbitrary JSON, binary strings, prototype-key objects. */
export const hostileValue: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom<unknown>(null, true, false, 0, -1, 1.5, 1e308, -1e308, 2 ** 53 + 1, [], {}, [[[]]], ...HOSTILE_STRINGS),
  fc.jsonValue({ maxDepth: 3 }),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.dictionary(fc.constantFrom('__proto__', 'constructor', 'prototype', 'toString', 'valueOf', 'inconnu'), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 }),
);

/** Every property path of a well-shaped value, objects and array items included. */
function paths(value: unknown, prefix: Array<string | number> = []): Array<Array<string | number>> {
  if (Array.isArray(value)) return value.flatMap((item, index) => [[...prefix, index], ...paths(item, [...prefix, index])]);
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([key, item]) => [[...prefix, key], ...paths(item, [...prefix, key])]);
  }
  return [];
}

function withPath(value: unknown, path: Array<string | number>, replacement: unknown, remove = false): unknown {
  const copy = structuredClone(value) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1];
  if (remove) delete node[last];
  else node[last] = replacement;
  return copy;
}

const json = (value: unknown) => ({ 'Content-Type': 'application/json' as const, body: JSON.stringify(value) ?? 'null' });

/** The ways a JSON body is broken: each draws what it needs from fast-check. */
function jsonBodyMutations(base: unknown): fc.Arbitrary<{ label: string; contentType: string; body: string | Buffer }> {
  const fields = paths(base);
  const field = fields.length ? fc.constantFrom(...fields) : fc.constant<Array<string | number>>(['champ']);
  const asJson = (label: string, value: unknown) => ({ label, contentType: 'application/json', body: json(value).body });
  return fc.oneof(
    { weight: 6, arbitrary: fc.tuple(field, hostileValue).map(([path, value]) => asJson(`${path.join('.')} = ${preview(value)}`, withPath(base, path, value))) },
    { weight: 2, arbitrary: field.map((path) => asJson(`${path.join('.')} absent`, withPath(base, path, undefined, true))) },
    { weight: 1, arbitrary: hostileValue.map((value) => asJson(`body = ${preview(value)}`, value)) },
    {
      weight: 1,
      arbitrary: fc.constantFrom('__proto__', 'constructor', 'prototype', 'champInconnu').map((key) => ({
        label: `clé ${key}`,
        contentType: 'application/json',
        body: JSON.stringify(base).replace(/^\{/, `{"${key}":{"polluted":true,"isAdmin":true},`),
      })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        ['imbrication 5000', '['.repeat(5000) + ']'.repeat(5000)],
        ['objets imbriqués 1000', '{"a":'.repeat(1000) + '1' + '}'.repeat(1000)],
        ['60 000 valeurs', JSON.stringify(Array.from({ length: 60_000 }, () => 0))],
        ['JSON tronqué', JSON.stringify(base).slice(0, 20)],
        ['pas du JSON', "{'kind': 'x'}"],
        ['vide', ''],
        ['octet nul', '\u0000'],
        ['BOM puis JSON', '\ufeff' + JSON.stringify(base)],
        ['deux documents', JSON.stringify(base) + JSON.stringify(base)],
      ).map(([label, body]) => ({ label, contentType: 'application/json', body })),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'application/xml', 'multipart/form-data', 'application/json; charset=latin1').map((contentType) => ({
        label: `Content-Type ${contentType}`,
        contentType,
        body: contentType.includes('urlencoded') ? 'kind=x&sender[email][$gt]=&__proto__[a]=1' : JSON.stringify(base),
      })),
    },
  );
}

/** A multipart body by hand (what a browser would not send). */
function multipart(parts: Array<{ name: string; filename?: string; type?: string; data: string | Buffer }>, boundary = 'fuzzboundary') {
  const chunks: Buffer[] = [];
  for (const part of parts) {
    const disposition = `form-data; name="${part.name}"${part.filename === undefined ? '' : `; filename="${part.filename}"`}`;
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: ${disposition}\r\n${part.type ? `Content-Type: ${part.type}\r\n` : ''}\r\n`));
    chunks.push(Buffer.isBuffer(part.data) ? part.data : Buffer.from(part.data));
    chunks.push(Buffer.from('\r\n'));
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return Buffer.concat(chunks);
}

const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

function multipartMutations(): fc.Arbitrary<{ label: string; contentType: string; body: string | Buffer }> {
  const ok = 'multipart/form-data; boundary=fuzzboundary';
  return fc.oneof(
    fc.constantFrom(
      { label: 'sans fichier', contentType: ok, body: multipart([{ name: 'type', data: 'pv' }]) },
      { label: 'autre champ de fichier', contentType: ok, body: multipart([{ name: 'autre', filename: 'a.pdf', type: 'application/pdf', data: PDF }]) },
      { label: 'deux fichiers', contentType: ok, body: multipart([{ name: 'fichier', filename: 'a.pdf', type: 'application/pdf', data: PDF }, { name: 'fichier', filename: 'b.pdf', type: 'application/pdf', data: PDF }]) },
      { label: 'fichier vide', contentType: ok, body: multipart([{ name: 'fichier', filename: 'a.pdf', type: 'application/pdf', data: '' }]) },
      { label: 'sans boundary', contentType: 'multipart/form-data', body: multipart([{ name: 'fichier', filename: 'a.pdf', data: PDF }]) },
      { label: 'tronqué', contentType: ok, body: multipart([{ name: 'fichier', filename: 'a.pdf', data: PDF }]).subarray(0, 90) },
      { label: 'pas de multipart', contentType: ok, body: '{"file":"x"}' },
      { label: 'JSON', contentType: 'application/json', body: '{"file":"x"}' },
      { label: '200 champs', contentType: ok, body: multipart(Array.from({ length: 200 }, (_, index) => ({ name: `c${index}`, data: 'x' }))) },
      { label: 'champ de 2 Mo', contentType: ok, body: multipart([{ name: 'type', data: 'x'.repeat(2_000_000) }]) },
    ),
    fc.tuple(fc.oneof(fc.constantFrom(...HOSTILE_STRINGS.filter((text) => text.length < 1000)), fc.string({ unit: 'binary', maxLength: 30 })), fc.constantFrom('application/pdf', 'text/html', '', 'image/png; x=1', '../../x'))
      .map(([filename, type]) => ({
        label: `nom « ${preview(filename)} », type « ${type} »`,
        contentType: ok,
        body: multipart([{ name: 'fichier', filename: filename.replace(/["\r\n]/g, ''), type: type || undefined, data: PDF }]),
      })),
  );
}

const HOSTILE_QUERY_VALUES = [
  '[',
  '{"a":',
  '[0,1e400]',
  '[-5,-1]',
  '[0,100000000]',
  '["__proto__","ASC"]',
  '["champInconnu","DESC"]',
  '{"__proto__":{"polluted":true}}',
  '{"q":{"$gt":""}}',
  '{"status":[{}],"q":[]}',
  '{"juridictionId":123,"urgent":"oui"}',
  '"x"',
  'null',
  '2026-13-01',
  '2026-02-30',
  'x'.repeat(20_000),
  '\u0000',
  '%',
];

function queryMutations(operation: Operation): fc.Arbitrary<{ label: string; query: string }> {
  const names = operation.parameters.filter((parameter) => parameter.in === 'query').map((parameter) => parameter.name);
  const name = fc.constantFrom(...(names.length ? names : ['inconnu']), 'inconnu', '__proto__');
  const value = fc.oneof(fc.constantFrom(...HOSTILE_QUERY_VALUES), fc.string({ unit: 'grapheme', maxLength: 30 }));
  return fc.oneof(
    fc.tuple(name, value).map(([key, text]) => ({ label: `?${key}=${preview(text)}`, query: `${encodeURIComponent(key)}=${encodeURIComponent(text)}` })),
    name.map((key) => ({ label: `?${key} deux fois`, query: `${key}=a&${key}=b` })),
    name.map((key) => ({ label: `?${key}[a]=1`, query: `${key}[a]=1&${key}[__proto__][x]=1` })),
    fc.constant({ label: 'pourcentage invalide', query: 'q=%E0%A4%A' }),
  );
}

const HOSTILE_PATH_VALUES = ['%00', '..%2F..%2Fetc', 'x'.repeat(5000), '-1', '1e99', '00000000-0000-0000-0000-000000000000', "'", '%E0%A4%A', '__proto__', 'constructor', '%20', 'NaN'];

/**
 * `count` hostile requests for one operation, from `seed`. `valid` gives a working value for
 * each path parameter (a referral, a user…), so body and query mutations reach the handler.
 */
export function hostileRequests(operation: Operation, valid: Record<string, string>, seed: number, count: number): HostileRequest[] {
  const pathParameters = operation.parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name);
  const urlWith = (overrides: Record<string, string> = {}, query = '') => {
    const path = operation.path.replace(/\{(\w+)\}/g, (_, name: string) => overrides[name] ?? encodeURIComponent(valid[name] ?? 'x'));
    return `/api${path}${query ? `?${query}` : ''}`;
  };
  const base = operation.bodySchema ? wellShaped(operation.bodySchema) : undefined;
  const isMultipart = operation.bodyTypes.includes('multipart/form-data');
  const body = operation.bodyTypes.length === 0 ? null : isMultipart ? multipartMutations() : jsonBodyMutations(base);
  const kinds: Array<{ weight: number; arbitrary: fc.Arbitrary<HostileRequest> }> = [
    { weight: 2, arbitrary: queryMutations(operation).map(({ label, query }) => ({ label, url: urlWith({}, query), headers: {} })) },
  ];
  if (body) {
    kinds.push({ weight: 8, arbitrary: body.map(({ label, contentType, body: raw }) => ({ label, url: urlWith(), headers: { 'Content-Type': contentType }, body: raw })) });
  }
  if (pathParameters.length) {
    kinds.push({
      weight: 2,
      arbitrary: fc.tuple(fc.constantFrom(...pathParameters), fc.constantFrom(...HOSTILE_PATH_VALUES)).map(([name, value]) => ({
        label: `{${name}} = ${preview(value)}`,
        url: urlWith({ [name]: value }),
        headers: (base === undefined ? {} : { 'Content-Type': 'application/json' }) as Record<string, string>,
        body: base === undefined ? undefined : JSON.stringify(base),
      })),
    });
  }
  if (operation.parameters.some((parameter) => parameter.in === 'header')) {
    kinds.push({
      weight: 1,
      arbitrary: fc.constantFrom('', 'x'.repeat(10_000), '\t', 'é', '__proto__', '00000000-0000-0000-0000-000000000000').map((value) => ({
        label: `Idempotency-Key = ${preview(value)}`,
        url: urlWith(),
        headers: { 'Content-Type': 'application/json', 'Idempotency-Key': value },
        body: JSON.stringify(base),
      })),
    });
  }
  return fc.sample(fc.oneof(...kinds), { seed, numRuns: count });
}

export function preview(value: unknown): string {
  const text = typeof value === 'string' ? JSON.stringify(value) : JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 60)}… (${text.length})` : text;
}
