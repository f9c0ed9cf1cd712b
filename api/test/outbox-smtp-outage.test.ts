import net from 'node:net';
import request from 'supertest';
import type { Database } from '../src/db/database';
import { createDatabase } from '../src/db/database';
import { createOutboxWorker, type OutboxWorker } from '../src/mail/outbox-worker';
import { createTestContext, type TestContext } from './support/test-app';
import { validSubmission } from './support/fixtures';
import { startSmtpServer, type TestSmtpServer } from './support/smtp-server';

/**
 * The mail relay down for a while, then back: two workers keep trying (growing waits), and once
 * the relay answers every mail of the outbox is delivered exactly once.
 */
let ctx: TestContext;
const connections: Database[] = [];
const workers: OutboxWorker[] = [];
let smtp: TestSmtpServer | null = null;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(async () => {
  for (const worker of workers) await worker.stop();
  for (const db of connections) await db.close();
  await smtp?.close();
  await ctx.close();
});

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

const mailIdOf = (raw: string) => /X-Info-Parquet-Mail: ([0-9a-f-]{36})/.exec(raw)?.[1];

async function mails() {
  const [rows] = await ctx.db.query('SELECT id, status, attempts, last_error FROM outbox_mails ORDER BY id');
  return rows as Array<{ id: string; status: string; attempts: number; last_error: string | null }>;
}

test('relay down, then back: every mail delivered once', async () => {
  for (let i = 0; i < 4; i += 1) {
    expect((await request(ctx.app).post('/api/public/saisines').send(validSubmission(i % 2 ? { urgent: true, urgencyReason: 'Personne en danger' } : {}))).status).toBe(201);
  }
  const port = await freePort();
  for (let i = 0; i < 2; i += 1) {
    const db = createDatabase(process.env.DATABASE_URL!, { max: 3 });
    connections.push(db);
    const worker = createOutboxWorker({ db, smtpUrl: `smtp://127.0.0.1:${port}`, from: 'Info Parquet <ne-pas-repondre@justice.test>', pollMs: 20, backoffBaseMs: 50, maxBackoffMs: 400, maxAttempts: 1000, log: () => undefined });
    workers.push(worker);
    worker.start();
  }

  // Down: every mail tried, none sent, the reason kept.
  const deadline = Date.now() + 10_000;
  while ((await mails()).some((mail) => mail.attempts < 2) && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 100));
  const down = await mails();
  expect(down.length).toBeGreaterThanOrEqual(10);
  for (const mail of down) expect(mail).toMatchObject({ status: 'en_attente', last_error: expect.stringMatching(/ECONNREFUSED|connect/i) });

  // Back: all delivered, each once.
  smtp = await startSmtpServer({ port });
  const until = Date.now() + 20_000;
  while ((await mails()).some((mail) => mail.status !== 'envoye') && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 100));
  const after = await mails();
  expect(after.every((mail) => mail.status === 'envoye')).toBe(true);
  await new Promise((resolve) => setTimeout(resolve, 300));
  const received = smtp.received.map(mailIdOf).sort();
  expect(received).toEqual(after.map((mail) => mail.id).sort());
});
