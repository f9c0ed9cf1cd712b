// Run by global-setup.mjs (through tsx): the template database every test file clones.
import { createDatabase } from '../../src/db/database';
import { migrate } from '../../src/db/migrator';
import { seedDemoAccounts } from '@info-parquet/seeders';
import { seedReferenceData } from '../../src/reference-data/seed/seed-reference-data';
import { TEST_SESSION_SECRET } from './test-secrets';

async function main() {
  const db = createDatabase(process.env.DATABASE_URL!);
  try {
    await migrate(db);
    await seedReferenceData(db);
    await seedDemoAccounts(db, { sessionSecret: TEST_SESSION_SECRET });
  } finally {
    await db.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
