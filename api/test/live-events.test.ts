import http from 'node:http';
import type { AddressInfo } from 'node:net';
import express from 'express';
import { createDatabase } from '../src/db/database';
import request from 'supertest';
import { defineAbilityFor } from '@info-parquet/common';
import { createLiveHub } from '../src/live/live-hub';
import { eventRoutes } from '../src/live/routes';
import { DEMO_PASSWORD, createTestContext, signIn, type TestContext } from './support/test-app';
import { PARIS_FACTS, mustTransition, submitSaisine } from './support/workflow';

/** Two API processes on one database: a write through A must reach screens connected to B. */
let a: TestContext;
let b: TestContext;
let server: http.Server;
let baseUrl: string;
const streams: LiveStream[] = [];

interface LiveFrame {
  id?: string;
  event?: string;
  data?: Record<string, unknown>;
}

interface LiveStream {
  status: number;
  frames: LiveFrame[];
  waitFor(predicate: (frame: LiveFrame) => boolean, timeoutMs?: number): Promise<LiveFrame>;
  close(): void;
}

async function cookieFor(email: string): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: DEMO_PASSWORD }),
  });
  expect(response.status).toBe(200);
  return response.headers.getSetCookie().map((cookie) => cookie.split(';')[0]).join('; ');
}

/** A minimal EventSource: reads the stream and parses its frames. */
async function openStream(cookie: string, lastEventId?: string): Promise<LiveStream> {
  const controller = new AbortController();
  const response = await fetch(`${baseUrl}/api/events`, {
    headers: { cookie, ...(lastEventId ? { 'Last-Event-ID': lastEventId } : {}) },
    signal: controller.signal,
  });
  const frames: LiveFrame[] = [];
  const waiters = new Set<() => void>();
  const stream: LiveStream = {
    status: response.status,
    frames,
    waitFor(predicate, timeoutMs = 5_000) {
      return new Promise((resolve, reject) => {
        const check = () => {
          const found = frames.find(predicate);
          if (!found) return false;
          waiters.delete(check);
          clearTimeout(timer);
          resolve(found);
          return true;
        };
        const timer = setTimeout(() => {
          waiters.delete(check);
          reject(new Error(`no matching frame in ${timeoutMs} ms; got ${JSON.stringify(frames)}`));
        }, timeoutMs);
        if (!check()) waiters.add(check);
      });
    },
    close: () => controller.abort(),
  };
  streams.push(stream);
  if (response.status === 200 && response.body) {
    void (async () => {
      const decoder = new TextDecoder();
      let buffer = '';
      try {
        for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
          buffer += decoder.decode(chunk, { stream: true });
          let end: number;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            const block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const frame: LiveFrame = {};
            for (const line of block.split('\n')) {
              const [field, ...rest] = line.split(': ');
              const value = rest.join(': ');
              if (field === 'id') frame.id = value;
              if (field === 'event') frame.event = value;
              if (field === 'data') frame.data = JSON.parse(value);
            }
            if (frame.event) frames.push(frame);
            for (const waiter of [...waiters]) waiter();
          }
        }
      } catch {
        // Aborted by the test.
      }
    })();
  }
  return stream;
}

beforeAll(async () => {
  a = createTestContext();
  b = createTestContext();
  server = http.createServer(b.app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  for (const stream of streams) stream.close();
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  await new Promise((resolve) => setTimeout(resolve, 100));
  await a.close();
  await b.close();
});

test('an urgent submission through process A reaches the Blois clerk connected to process B, not the Paris clerk', async () => {
  const blois = await openStream(await cookieFor('greffier.blois@justice.test'));
  const paris = await openStream(await cookieFor('greffier.paris@justice.test'));
  expect(blois.status).toBe(200);
  const ready = await blois.waitFor((frame) => frame.event === 'pret');
  await paris.waitFor((frame) => frame.event === 'pret');

  const urgentId = await submitSaisine(a.app, { urgent: true, urgencyReason: 'Risque de disparition des preuves' });
  const arrival = await blois.waitFor((frame) => frame.event === 'saisine_recue' && frame.data?.saisineId === urgentId);
  expect(arrival.data).toMatchObject({ urgent: true, status: 'recue', juridictionId: 'tj-blois', reference: expect.stringMatching(/^IP-/) });
  // Only what a list needs: never the facts or the persons.
  expect(Object.keys(arrival.data!).sort()).toEqual(['fromStatus', 'juridictionId', 'reference', 'saisineId', 'status', 'urgent']);

  // Paris hears its own referral, and never heard Blois's.
  const parisId = await submitSaisine(a.app, { facts: PARIS_FACTS });
  await paris.waitFor((frame) => frame.data?.saisineId === parisId);
  expect(paris.frames.some((frame) => frame.data?.saisineId === urgentId)).toBe(false);
  expect(blois.frames.some((frame) => frame.data?.saisineId === parisId)).toBe(false);

  // A status change made through A: Blois is told.
  const greffierOnA = await signIn(a.app, 'greffier.blois@justice.test');
  await mustTransition(greffierOnA, urgentId, { to: 'enregistree', numeroParquet: '26/001/1' });
  const changed = await blois.waitFor((frame) => frame.event === 'saisine_statut' && frame.data?.saisineId === urgentId);
  expect(changed.data).toMatchObject({ status: 'enregistree', fromStatus: 'recue' });

  // A screen that dropped comes back with Last-Event-ID and gets what it missed, for its court only.
  const again = await openStream(await cookieFor('greffier.blois@justice.test'), ready.id);
  await again.waitFor((frame) => frame.event === 'saisine_statut' && frame.data?.saisineId === urgentId);
  expect(again.frames.map((frame) => [frame.event, frame.data?.saisineId])).toEqual([
    ['saisine_recue', urgentId],
    ['saisine_statut', urgentId],
  ]);
});

test('a transfer: the receiving court hears an arrival, the court it leaves hears it go', async () => {
  const blois = await openStream(await cookieFor('greffier.blois@justice.test'));
  const paris = await openStream(await cookieFor('greffier.paris@justice.test'));
  await blois.waitFor((frame) => frame.event === 'pret');
  await paris.waitFor((frame) => frame.event === 'pret');
  const id = await submitSaisine(a.app);
  await blois.waitFor((frame) => frame.data?.saisineId === id);
  await mustTransition(await signIn(a.app, 'greffier.blois@justice.test'), id, { to: 'transferee', juridictionId: 'tj-paris', reason: 'Faits commis à Paris' });
  expect((await paris.waitFor((frame) => frame.data?.saisineId === id)).event).toBe('saisine_recue');
  expect((await blois.waitFor((frame) => frame.event === 'saisine_statut' && frame.data?.saisineId === id)).data).toMatchObject({
    status: 'transferee',
    juridictionId: 'tj-paris',
  });
});

test('no session: 401; an analyst, who sees no referral, gets no stream: 403', async () => {
  expect((await request(b.app).get('/api/events')).status).toBe(401);
  const analyste = await openStream(await cookieFor('analyste@justice.test'));
  expect(analyste.status).toBe(403);
});

test('a quiet stream still sends a heartbeat comment, and ends after its maximum age (the browser reconnects)', async () => {
  const liveDb = createDatabase(process.env.DATABASE_URL!, { max: 2 });
  const app = express();
  const clerk = { id: '00000000-0000-4000-8000-000000000001', role: 'greffier' as const, juridictionId: 'tj-blois' };
  app.use((req, _res, next) => {
    req.user = { ...clerk, email: 'x@justice.test', displayName: 'X', juridictionNom: null };
    req.ability = defineAbilityFor(clerk);
    next();
  });
  app.use('/events', eventRoutes(createLiveHub(liveDb), { heartbeatMs: 50, maxAgeMs: 400 }));
  const quiet = http.createServer(app);
  await new Promise<void>((resolve) => quiet.listen(0, '127.0.0.1', resolve));
  const started = Date.now();
  const response = await fetch(`http://127.0.0.1:${(quiet.address() as AddressInfo).port}/events`);
  expect(response.headers.get('content-type')).toMatch(/^text\/event-stream/);
  const text = await response.text();
  expect(Date.now() - started).toBeGreaterThanOrEqual(350);
  expect(text.match(/^: ping$/gm)!.length).toBeGreaterThanOrEqual(3);
  expect(text).toMatch(/^retry: 5000$/m);
  await new Promise((resolve) => quiet.close(resolve));
  await new Promise((resolve) => setTimeout(resolve, 50));
  await liveDb.close();
});

test('the listening connection lost (PostgreSQL restarted): the open screen still hears what was committed meanwhile', async () => {
  const blois = await openStream(await cookieFor('greffier.blois@justice.test'));
  await blois.waitFor((frame) => frame.event === 'pret');
  const [terminated] = await a.db.query(
    `SELECT pg_terminate_backend(pid) AS done FROM pg_stat_activity
     WHERE datname = current_database() AND query ILIKE 'LISTEN%' AND pid <> pg_backend_pid()`,
  );
  expect(terminated.length).toBeGreaterThan(0);
  // Committed while process B cannot listen: no notification will ever reach it.
  const urgentId = await submitSaisine(a.app, { urgent: true, urgencyReason: 'Personne en danger' });
  const arrival = await blois.waitFor((frame) => frame.event === 'saisine_recue' && frame.data?.saisineId === urgentId, 15_000);
  expect(arrival.data).toMatchObject({ urgent: true });
  // And it listens again: the next one arrives by notification.
  const nextId = await submitSaisine(a.app);
  await blois.waitFor((frame) => frame.data?.saisineId === nextId, 10_000);
  blois.close();
});
