// Gives each test file its own database, cloned from the migrated template, in DATABASE_URL.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';


async function admin<T>(run: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: process.env.INFO_PARQUET_TEST_ADMIN_URL });
  await client.connect();
  try {
    return await run(client);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  const databaseName = `test_${randomBytes(6).toString('hex')}`;
  await admin((client) => client.query(`CREATE DATABASE ${databaseName} TEMPLATE ${process.env.INFO_PARQUET_TEST_TEMPLATE}`));
  const url = new URL(process.env.INFO_PARQUET_TEST_ADMIN_URL!);
  url.pathname = `/${databaseName}`;
  process.env.DATABASE_URL = url.toString();
});

// No DROP here: this hook may run before the test file's own afterAll has closed its pools.
// The databases go with the test cluster (global-teardown.mjs), or at the next run's set-up.
