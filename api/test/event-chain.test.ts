import request from 'supertest';
import { createTestContext, type TestContext } from './support/test-app';
import { validSubmission } from './support/fixtures';
import { appendEvent, verifyChain } from '../src/saisines/events-repository';

let ctx: TestContext;
let saisineId: string;

beforeAll(async () => {
  ctx = createTestContext();
  const response = await request(ctx.app).post('/api/public/saisines').send(validSubmission());
  saisineId = response.body.id;
  await ctx.db.transaction(async (t) => {
    await appendEvent(ctx.db, t, {
      saisineId,
      type: 'transition',
      actor: { type: 'user', label: 'Greffe de Blois' },
      fromStatus: 'recue',
      toStatus: 'enregistree',
      payload: { numeroParquet: '26/001/01' },
    });
    await appendEvent(ctx.db, t, { saisineId, type: 'message', actor: { type: 'sender', label: 'Camille Martin' }, reason: 'Pièce complémentaire' });
  });
});
afterAll(() => ctx.close());

test('each event stores the hash of its content and of the previous one; the chain verifies', async () => {
  const [events] = (await ctx.db.query('SELECT seq, prev_hash, hash FROM saisine_events WHERE saisine_id = :saisineId ORDER BY seq', {
    replacements: { saisineId },
  })) as [Array<{ seq: number; prev_hash: string | null; hash: string }>, unknown];
  expect(events.map((e) => e.seq)).toEqual([1, 2, 3]);
  expect(events[0].prev_hash).toBeNull();
  expect(events[1].prev_hash).toBe(events[0].hash);
  expect(events[2].prev_hash).toBe(events[1].hash);
  expect(new Set(events.map((e) => e.hash)).size).toBe(3);
  expect(await verifyChain(ctx.db, saisineId)).toEqual({ ok: true, checked: 3, brokenSeq: null });
});

test('the database refuses UPDATE, DELETE and TRUNCATE on saisine_events', async () => {
  await expect(ctx.db.query(`UPDATE saisine_events SET reason = 'falsifié' WHERE saisine_id = :saisineId`, { replacements: { saisineId } })).rejects.toThrow(
    /ajout seul/,
  );
  await expect(ctx.db.query('DELETE FROM saisine_events WHERE saisine_id = :saisineId', { replacements: { saisineId } })).rejects.toThrow(/ajout seul/);
  await expect(ctx.db.query('TRUNCATE saisine_events CASCADE')).rejects.toThrow(/ajout seul/);
  expect(await verifyChain(ctx.db, saisineId)).toMatchObject({ ok: true, checked: 3 });
});

test('an insert cannot choose its own place in the chain', async () => {
  await ctx.db.query(
    `INSERT INTO saisine_events (saisine_id, seq, type, actor_type, actor_label, prev_hash, hash)
     VALUES (:saisineId, 1, 'message', 'system', 'Intrus', NULL, 'forged')`,
    { replacements: { saisineId } },
  );
  const [[last]] = (await ctx.db.query('SELECT seq, hash FROM saisine_events WHERE saisine_id = :saisineId ORDER BY seq DESC LIMIT 1', {
    replacements: { saisineId },
  })) as [[{ seq: number; hash: string }], unknown];
  expect(last.seq).toBe(4);
  expect(last.hash).not.toBe('forged');
  expect(await verifyChain(ctx.db, saisineId)).toMatchObject({ ok: true, checked: 4 });
});

test('tampering that bypasses the triggers is detected by the verification', async () => {
  // Only a superuser can disable the triggers; the verification still sees the change.
  await ctx.db.query('ALTER TABLE saisine_events DISABLE TRIGGER USER');
  await ctx.db.query(`UPDATE saisine_events SET reason = 'falsifié' WHERE saisine_id = :saisineId AND seq = 2`, { replacements: { saisineId } });
  await ctx.db.query('ALTER TABLE saisine_events ENABLE TRIGGER USER');
  expect(await verifyChain(ctx.db, saisineId)).toEqual({ ok: false, checked: 1, brokenSeq: 2 });
});
