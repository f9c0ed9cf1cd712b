import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import type { Express } from 'express';
import type { Database } from '../../src/db/database';
import { createApp } from '../../src/app';
import { createDatabase } from '../../src/db/database';
import type { SecuritySettings } from '../../src/config';
import { totpFor } from '../../src/accounts/auth/totp';
import { DEMO_TOTP_SECRET } from '@info-parquet/seeders';
import { TEST_SESSION_SECRET } from './test-secrets';
import type { PublicLimits } from '../../src/http/rate-limit';
import type { UploadCapacity } from '../../src/saisines/attachments/upload-capacity';
import { responseProblem } from './openapi-responses';
import type { Logger } from 'pino';
import type { ErrorReporter } from '../../src/observability/error-reporter';
import type { WorkerHealth } from '../../src/jobs/worker-health';

const GENEROUS = { limit: 1_000_000, minutes: 60 };
const GENEROUS_LIMITS: PublicLimits = { submissions: GENEROUS, uploads: GENEROUS, suiviReads: GENEROUS, suiviMessages: GENEROUS };

export const DEMO_PASSWORD = 'demo-info-parquet';

export interface TestContext {
  app: Express;
  db: Database;
  /** This test file's own upload folder (removed by close). */
  uploadDir: string;
  close(): Promise<void>;
}

/** The real application on this test file's own database (see per-file-database.ts). */
/** `security` overrides sign-in limits, lock-out and session lifetime (DEFAULT_SECURITY otherwise). */
export function createTestContext(
  options: {
    security?: Partial<SecuritySettings>;
    publicLimits?: Partial<PublicLimits>;
    uploadCapacity?: Partial<UploadCapacity>;
    /** The access log and the error reporter, for the tests of observability. */
    logger?: Logger;
    reporter?: ErrorReporter;
    workers?: WorkerHealth;
  } = {},
): TestContext {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is not set: is the api jest project configured?');
  const db = createDatabase(url, { max: 8 });
  const uploadDir = fs.mkdtempSync(path.join(os.tmpdir(), 'info-parquet-uploads-'));
  const app = createApp({
    db,
    serveStatic: false,
    log: () => undefined,
    logger: options.logger,
    reporter: options.reporter,
    workers: options.workers,
    config: {
      env: 'test',
      publicUrl: 'http://localhost:3000',
      sessionIdleMinutes: 60,
      trustProxy: false,
      sessionSecret: TEST_SESSION_SECRET,
      uploadDir,
      security: options.security,
      // Tests send many requests from one address: limits only where a test asks for them.
      publicLimits: { ...GENEROUS_LIMITS, ...options.publicLimits },
      // Test files upload from one address and the test machine's disk may be small.
      uploadCapacity: { pendingPerIpBytes: 1e12, pendingTotalBytes: 1e12, diskReserveBytes: 0, ...options.uploadCapacity },
    },
  });
  // signIn() reaches the database through it (the second factor's replay guard, see below).
  app.locals.testDb = db;
  const drift = checkAnswersAgainstDocument(app);
  return {
    app,
    db,
    uploadDir,
    close: async () => {
      await db.close();
      fs.rmSync(uploadDir, { recursive: true, force: true });
      if (drift.size) throw new Error(`Answers that the OpenAPI document does not describe:\n${[...drift].join('\n')}`);
    },
  };
}

/**
 * Every JSON answer of this app is checked against the OpenAPI document as it leaves (the app's
 * own response prototype, nothing else changes); what does not match fails the file at close().
 */
function checkAnswersAgainstDocument(app: Express): Set<string> {
  const drift = new Set<string>();
  const json = app.response.json;
  app.response.json = function (this: Express['response'], body: unknown) {
    const problem = responseProblem(this.req.method, this.req.originalUrl, this.statusCode, body);
    if (problem) drift.add(problem);
    if (problem && process.env.OPENAPI_DRIFT_LOG) fs.appendFileSync(process.env.OPENAPI_DRIFT_LOG, `${problem}\n`);
    return json.call(this, body);
  };
  return drift;
}

/** Every account's id by e-mail (demo accounts and those a test added). */
export async function userIdsByEmail(db: Database): Promise<Record<string, string>> {
  const [rows] = await db.query('SELECT id, email FROM users');
  return Object.fromEntries((rows as Array<{ id: string; email: string }>).map((row) => [row.email, row.id]));
}

/** The demo administrator's current TOTP code (its secret is seeded in the template database). */
export const demoTotpCode = (timestamp = Date.now()) => totpFor(DEMO_TOTP_SECRET).generate({ timestamp });

/**
 * A supertest agent signed in as `email`, sending the CSRF token on writes. An account with a
 * second factor (the demo administrator) gives its current TOTP code as well; as tests sign in
 * many times within one 30-second step, the replay guard (`totp_last_step`) is reset first.
 */
export async function signIn(app: Express, email: string, password = DEMO_PASSWORD) {
  const agent = request.agent(app);
  let response = await agent.post('/api/auth/login').send({ email, password });
  if (response.status === 200 && response.body.mfa === 'required') {
    const db = app.locals.testDb as Database;
    await db.query('UPDATE users SET totp_last_step = NULL WHERE lower(email) = lower(:email)', { replacements: { email } });
    response = await agent.post('/api/auth/totp/verify').set('X-CSRF-Token', response.body.csrfToken).send({ code: demoTotpCode() });
  }
  if (response.status !== 200 || !response.body.user) {
    throw new Error(`login ${email} failed: ${response.status} ${JSON.stringify(response.body)}`);
  }
  return { agent, csrfToken: response.body.csrfToken as string, user: response.body.user };
}
