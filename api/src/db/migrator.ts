import { Umzug } from 'umzug';
import type { Database, Transaction } from './database';
import * as m0001 from './migrations/0001-reference-data';
import * as m0002 from './migrations/0002-users-sessions';
import * as m0003 from './migrations/0003-saisines';
import * as m0004 from './migrations/0004-saisine-events';
import * as m0006 from './migrations/0006-attachments-outbox';
import * as m0007 from './migrations/0007-security';
import * as m0008 from './migrations/0008-saisine-list-indexes';
import * as m0009 from './migrations/0009-court-search-index';
import * as m0012 from './migrations/0012-liens-de-suivi';
import * as m0013 from './migrations/0013-security-event-types';
import * as m0014 from './migrations/0014-account-security';
import * as m0016 from './migrations/0016-admin-reference-data';
import * as m0018 from './migrations/0018-preferences-live-events-urgency';
import * as m0021 from './migrations/0021-saisine-sort-indexes';
import * as m0022 from './migrations/0022-export-consultations';
import * as m0023 from './migrations/0023-saisine-administration-filter';
import * as m0024 from './migrations/0024-prise-en-compte-indicator-facts';
import * as m0025 from './migrations/0025-indicator-indexes';
import * as m0026 from './migrations/0026-upload-quotas';
import * as m0027 from './migrations/0027-saisine-queue-rank';
import * as m0028 from './migrations/0028-quick-view-indexes';
import * as m0029 from './migrations/0029-search-document-writes';

/** What a migration receives: a way to run SQL inside the migration's own transaction. */
export interface MigrationSql {
  query(sql: string): Promise<unknown>;
}
export type Migration = (params: { context: MigrationSql }) => Promise<void>;

interface MigrationModule {
  up: Migration;
  down: Migration;
}

// Listed explicitly (no glob): the same list runs under tsx, jest and any bundler.
const MIGRATIONS: Array<[string, MigrationModule]> = [
  ['0001-reference-data', m0001],
  ['0002-users-sessions', m0002],
  ['0003-saisines', m0003],
  ['0004-saisine-events', m0004],
  ['0006-attachments-outbox', m0006],
  ['0007-security', m0007],
  ['0008-saisine-list-indexes', m0008],
  ['0009-court-search-index', m0009],
  ['0012-liens-de-suivi', m0012],
  ['0013-security-event-types', m0013],
  ['0014-account-security', m0014],
  ['0016-admin-reference-data', m0016],
  ['0018-preferences-live-events-urgency', m0018],
  ['0021-saisine-sort-indexes', m0021],
  ['0022-export-consultations', m0022],
  ['0023-saisine-administration-filter', m0023],
  ['0024-prise-en-compte-indicator-facts', m0024],
  ['0025-indicator-indexes', m0025],
  ['0026-upload-quotas', m0026],
  ['0027-saisine-queue-rank', m0027],
  ['0028-quick-view-indexes', m0028],
  ['0029-search-document-writes', m0029],
];

const MIGRATION_LOCK = 7_401_001;

function createMigrator(db: Database, transaction: Transaction) {
  const sql: MigrationSql = { query: (text) => db.query(text, { transaction }) };
  const names = async (text: string) => {
    const [rows] = await db.query(text, { transaction });
    return (rows as Array<{ name: string }>).map((row) => row.name);
  };
  return new Umzug<MigrationSql>({
    context: sql,
    migrations: MIGRATIONS.map(([name, migration]) => ({
      name,
      up: () => migration.up({ context: sql }),
      down: () => migration.down({ context: sql }),
    })),
    storage: {
      async logMigration({ name }) {
        await db.query('INSERT INTO schema_migrations (name) VALUES (:name)', { replacements: { name }, transaction });
      },
      async unlogMigration({ name }) {
        await db.query('DELETE FROM schema_migrations WHERE name = :name', { replacements: { name }, transaction });
      },
      executed: () => names('SELECT name FROM schema_migrations ORDER BY name'),
    },
    logger: undefined,
  });
}

/**
 * Runs pending migrations in one transaction: all or nothing. Several processes starting at
 * once take turns on an advisory lock, so each migration runs exactly once.
 */
export async function migrate(db: Database): Promise<string[]> {
  return db.transaction(async (transaction) => {
    await db.query(`SELECT pg_advisory_xact_lock(${MIGRATION_LOCK})`, { transaction });
    await db.query(
      'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, run_at timestamptz NOT NULL DEFAULT now())',
      { transaction },
    );
    const applied = await createMigrator(db, transaction).up();
    return applied.map((migration) => migration.name);
  });
}
