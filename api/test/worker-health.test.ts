import request from 'supertest';
import { createWorkerHealth } from '../src/jobs/worker-health';
import { startPeriodic } from '../src/jobs/periodic';
import { createTestContext, type TestContext } from './support/test-app';

/** `/api/health` says when a background loop has stopped doing its work, and which. */
describe('worker health', () => {
  test('a loop is late only after its allowed silence, with its last error; a good run clears it', () => {
    let now = 0;
    const health = createWorkerHealth(() => now);
    health.expect('relance', 'Relance des saisines urgentes en retard', 240_000);
    health.failed('relance', new Error('connexion perdue'));
    now = 200_000;
    expect(health.problems()).toEqual([]);
    now = 300_000;
    expect(health.problems()).toEqual(['Relance des saisines urgentes en retard : aucun passage réussi depuis 5 min (dernière erreur : connexion perdue).']);
    health.ran('relance');
    expect(health.problems()).toEqual([]);
  });

  test('startPeriodic tells each run’s end', async () => {
    let now = 0;
    const health = createWorkerHealth(() => now);
    let fail = true;
    const loop = startPeriodic('Nettoyage', 10, async () => {
      if (fail) throw new Error('disque illisible');
    }, () => undefined, health);
    await new Promise((resolve) => setTimeout(resolve, 30));
    now = 10 * 60_000;
    expect(health.problems()).toEqual([expect.stringContaining('(dernière erreur : disque illisible)')]);
    fail = false;
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(health.problems()).toEqual([]);
    await loop.stop();
  });
});

describe('GET /api/health with the loops', () => {
  let ctx: TestContext;
  let now = Date.now();
  const workers = createWorkerHealth(() => now);
  beforeAll(() => {
    ctx = createTestContext({ workers });
    workers.expect('outbox', 'Envoi des courriels', 75_000);
  });
  afterAll(() => ctx.close());

  test('200 while the loops are on time, 503 naming the late one after', async () => {
    const ok = await request(ctx.app).get('/api/health');
    expect(ok.status).toBe(200);
    expect(ok.body.checks).toEqual({ database: 'ok', disk: 'ok', workers: 'ok' });
    now += 10 * 60_000;
    const late = await request(ctx.app).get('/api/health');
    expect(late.status).toBe(503);
    expect(late.body.checks.workers).toBe('ko');
    expect(late.body.message).toContain('Envoi des courriels : aucun passage réussi depuis 10 min.');
  });
});
