import fs from 'node:fs';
import request from 'supertest';
import { PIECE_JOINTE_MAX_BYTES } from '@info-parquet/common';
import { createTestContext, type TestContext } from './support/test-app';
import { validSubmission } from './support/fixtures';
import { samplePdf } from './support/sample-files';

/**
 * Room for uploads: an address holds at most a quota of documents not yet attached (here: room
 * for one largest file), everyone together too, and the disk keeps a reserve. Refused before a
 * byte is written.
 */
let ctx: TestContext;
let full: TestContext;
beforeAll(() => {
  ctx = createTestContext({ uploadCapacity: { pendingPerIpBytes: PIECE_JOINTE_MAX_BYTES + 1000 } });
  full = createTestContext({ uploadCapacity: { diskReserveBytes: Number.MAX_SAFE_INTEGER } });
});
afterAll(async () => {
  await ctx.close();
  await full.close();
});

const upload = async (context: TestContext) =>
  request(context.app).post('/api/public/pieces-jointes').attach('fichier', Buffer.concat([await samplePdf('Procès-verbal'), Buffer.alloc(2000, 0x20)]), { filename: 'pv.pdf', contentType: 'application/pdf' });

const filesIn = (dir: string): number => (fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true }).filter((entry) => fs.statSync(`${dir}/${entry}`).isFile()).length : 0);

test('an address over its quota of pending documents gets a 429 until its referral is sent', async () => {
  const first = await upload(ctx);
  expect(first.status).toBe(201);
  const refused = await upload(ctx);
  expect(refused.status).toBe(429);
  expect(refused.body.message).toMatch(/ne sont encore rattachées à aucune saisine/);
  expect(filesIn(ctx.uploadDir)).toBe(1);

  // Attached to a referral, the document is no longer pending: room again.
  expect((await request(ctx.app).post('/api/public/saisines').send(validSubmission({ attachmentIds: [first.body.id] }))).status).toBe(201);
  expect((await upload(ctx)).status).toBe(201);
});

const pieces = async () => ((await full.db.query('SELECT count(*)::int AS n FROM pieces_jointes')) as [[{ n: number }], unknown])[0][0].n;

test('a disk short of its reserve: 507 in French, nothing written', async () => {
  const before = await pieces();
  const refused = await upload(full);
  expect(refused.status).toBe(507);
  expect(refused.body.message).toMatch(/espace de stockage insuffisant/);
  expect(filesIn(full.uploadDir)).toBe(0);
  expect(await pieces()).toBe(before);
});
