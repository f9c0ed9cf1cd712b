import request from 'supertest';
import { createTestContext, type TestContext } from './support/test-app';
import { validSubmission } from './support/fixtures';
import { samplePdf } from './support/sample-files';

/** Per-IP limits on the anonymous entries, counted in PostgreSQL: two processes share them. */
let a: TestContext;
let b: TestContext;
const LIMITS = {
  submissions: { limit: 3, minutes: 60 },
  uploads: { limit: 2, minutes: 60 },
  suiviReads: { limit: 2, minutes: 60 },
  suiviMessages: { limit: 1, minutes: 60 },
};
beforeAll(() => {
  a = createTestContext({ publicLimits: LIMITS });
  b = createTestContext({ publicLimits: LIMITS });
});
afterAll(async () => {
  await a.close();
  await b.close();
});

async function saisines(): Promise<number> {
  const [[row]] = (await a.db.query('SELECT count(*)::int AS n FROM saisines')) as [[{ n: number }], unknown];
  return row.n;
}

test('submissions: over the limit, a 429 with Retry-After and a French message, shared by every process, nothing stored', async () => {
  const first = await request(a.app).post('/api/public/saisines').send(validSubmission());
  expect(first.status).toBe(201);
  expect((await request(b.app).post('/api/public/saisines').send(validSubmission())).status).toBe(201);
  expect((await request(a.app).post('/api/public/saisines').send(validSubmission())).status).toBe(201);
  const before = await saisines();
  // A forged X-Forwarded-For does not make another address (no trusted proxy).
  const refused = await request(b.app).post('/api/public/saisines').set('X-Forwarded-For', '203.0.113.9').send(validSubmission());
  expect(refused.status).toBe(429);
  expect(Number(refused.headers['retry-after'])).toBeGreaterThan(3000);
  expect(refused.body.message).toMatch(/^Trop de saisines envoyées depuis votre adresse \(3 par heure\)\. Réessayez dans \d+ minutes\.$/);
  expect(await saisines()).toBe(before);

  // The tracking link of the first one: reads and messages have their own limits.
  const token = String(first.body.trackingUrl).split('/').pop();
  expect((await request(a.app).get(`/api/public/suivi/${token}`)).status).toBe(200);
  expect((await request(a.app).get(`/api/public/suivi/${token}/accuse-reception.pdf`)).status).toBe(200);
  const read = await request(b.app).get(`/api/public/suivi/${token}`);
  expect(read.status).toBe(429);
  expect(read.body.message).toMatch(/consultations du suivi/);
});

test('uploads: two, then 429 before the file is read', async () => {
  const pdf = await samplePdf('Procès-verbal');
  const upload = (context: TestContext) => request(context.app).post('/api/public/pieces-jointes').attach('fichier', pdf, { filename: 'pv.pdf', contentType: 'application/pdf' });
  expect((await upload(a)).status).toBe(201);
  expect((await upload(b)).status).toBe(201);
  const refused = await upload(a);
  expect(refused.status).toBe(429);
  expect(refused.body.message).toMatch(/pièces jointes déposées/);
  const [[row]] = (await a.db.query('SELECT count(*)::int AS n FROM pieces_jointes')) as [[{ n: number }], unknown];
  expect(row.n).toBe(2);
});
