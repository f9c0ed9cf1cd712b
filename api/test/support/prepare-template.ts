// Run by global-setup.mjs (through tsx): the template database every test file clones.
import { createSequelize } from '../../src/db/sequelize';
import { migrate } from '../../src/db/migrator';
import { seedDemoAccounts } from '@info-parquet/seeders';
import { seedReferenceData } from '../../src/reference-data/seed/seed-reference-data';
import { TEST_SESSION_SECRET } from './test-secrets';

async function main() {
  const sequelize = createSequelize(process.env.DATABASE_URL!);
  try {
    await migrate(sequelize);
    await seedReferenceData(sequelize);
    await seedDemoAccounts(sequelize, { sessionSecret: TEST_SESSION_SECRET });
  } finally {
    await sequelize.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
