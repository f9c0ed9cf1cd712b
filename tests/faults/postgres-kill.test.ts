import fs from 'node:fs';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { validSubmission } from '../../api/test/support/fixtures';
import { freePort, startProduct, type ProductServer } from '../support/server';

/**
 * PostgreSQL killed (`kill -9` of the server) in the middle of 1 000 submissions sent 8 at a time
 * by clients that retry with the same Idempotency-Key, as a real client would. The product (as
 * `npm start` runs it, embedded PostgreSQL included) must recover by itself: afterwards no
 * acknowledged referral is missing, no key has two referrals, every event chain verifies, a
 * screen left open hears of every referral (those committed while it could not listen too), and
 * the graceful stop still stops.
 */
const TOTAL = 1_000;
const IN_FLIGHT = 8;
const KILL_AFTER = 150;

let product: ProductServer;
let pgPort: number;

beforeAll(async () => {
  pgPort = await freePort();
  product = await startProduct({ env: { EMBEDDED_PG_PORT: String(pgPort), DEMO_SAISINES: '0' } });
}, 180_000);

afterAll(async () => {
  fs.rmSync(product.dataDir, { recursive: true, force: true });
});

const postmasterPid = () => Number(fs.readFileSync(path.join(product.dataDir, 'postgres', 'postmaster.pid'), 'utf8').split('\n')[0]);

/** A back-office screen's live stream (server-sent events): the referral ids it was told of. */
async function openScreen(baseUrl: string) {
  const login = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'greffier.blois@justice.test', password: 'demo-info-parquet' }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/events`, { headers: { cookie }, signal: controller.signal });
  expect(response.status).toBe(200);
  const heard = new Set<string>();
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }));
      if (done) return;
      buffer += decoder.decode(value, { stream: true });
      let end: number;
      while ((end = buffer.indexOf('\n\n')) >= 0) {
        const frame = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = frame.split('\n').find((line) => line.startsWith('data: '));
        if (frame.includes('event: saisine_recue') && data) heard.add(JSON.parse(data.slice(6)).saisineId as string);
      }
    }
  })();
  return { heard, close: () => controller.abort(), reading };
}

test('kill -9 of PostgreSQL during 1 000 submissions: recovered, nothing lost, nothing doubled, screens not silent', async () => {
  const baseUrl = product.baseUrl;
  const screen = await openScreen(baseUrl);
  const acknowledged = new Map<string, string>();
  const keys = Array.from({ length: TOTAL }, () => randomUUID());
  let next = 0;
  let killedAt = 0;
  let recoveredAt = 0;
  let failures = 0;

  const submitWithRetries = async (key: string) => {
    const deadline = Date.now() + 90_000;
    for (;;) {
      try {
        const response = await fetch(`${baseUrl}/api/public/saisines`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'Idempotency-Key': key },
          body: JSON.stringify(validSubmission()),
          signal: AbortSignal.timeout(15_000),
        });
        if (response.status === 201) {
          const body = (await response.json()) as { id: string };
          acknowledged.set(key, body.id);
          if (killedAt && !recoveredAt) recoveredAt = Date.now();
          if (acknowledged.size === KILL_AFTER && !killedAt) {
            killedAt = Date.now();
            process.kill(postmasterPid(), 'SIGKILL');
          }
          return;
        }
        await response.arrayBuffer();
        expect(response.status).toBeGreaterThanOrEqual(500);
      } catch (error) {
        if ((error as Error).name === 'JestAssertionError') throw error;
      }
      failures += 1;
      if (Date.now() > deadline) {
        if (process.env.FAULTS_LOG) fs.writeFileSync(process.env.FAULTS_LOG, product.output());
        throw new Error(`submission ${key} never acknowledged; the server's last lines:\n${product.output().slice(-4000)}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  };
  await Promise.all(
    Array.from({ length: IN_FLIGHT }, async () => {
      while (next < TOTAL) await submitWithRetries(keys[next++]);
    }),
  );

  expect(killedAt).toBeGreaterThan(0);
  expect(acknowledged.size).toBe(TOTAL);
  const recoverySeconds = (recoveredAt - killedAt) / 1000;
  console.log(`Fautes : ${failures} réponses en erreur ou sans réponse pendant la panne ; reprise en ${recoverySeconds.toFixed(1)} s.`);

  const database = new Client({ connectionString: `postgres://postgres:postgres@127.0.0.1:${pgPort}/info_parquet` });
  await database.connect();
  try {
    const { rows } = await database.query(
      `SELECT count(*)::int AS saisines, count(DISTINCT idempotency_key)::int AS keys,
              count(*) FILTER (WHERE id::text = ANY($2))::int AS acknowledged
       FROM saisines WHERE idempotency_key = ANY($1)`,
      [keys, [...acknowledged.values()]],
    );
    expect(rows[0]).toEqual({ saisines: TOTAL, keys: TOTAL, acknowledged: TOTAL });
    const broken = await database.query('SELECT s.id FROM saisines s, LATERAL saisine_events_verify(s.id) v WHERE NOT v.ok');
    expect(broken.rows).toEqual([]);
  } finally {
    await database.end();
  }

  // The open screen heard of every referral, those committed while its process could not listen included.
  const deadline = Date.now() + 30_000;
  while ([...acknowledged.values()].some((id) => !screen.heard.has(id)) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 200));
  expect([...acknowledged.values()].filter((id) => !screen.heard.has(id))).toEqual([]);
  screen.close();
  await screen.reading;

  const stopping = Date.now();
  expect(await product.stop()).toBe(0);
  expect(Date.now() - stopping).toBeLessThan(15_000);
  expect(product.output()).toMatch(/PostgreSQL embarqué redémarré/);
}, 240_000);
