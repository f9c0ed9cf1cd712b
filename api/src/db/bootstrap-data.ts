import type { Database } from './database';
import { seedReferenceData } from '../reference-data/seed/seed-reference-data';

const SEED_LOCK = 7_401_002;

async function setting(db: Database, key: string): Promise<unknown> {
  const [rows] = await db.query('SELECT value FROM app_settings WHERE key = :key', { replacements: { key } });
  return (rows as Array<{ value: unknown }>)[0]?.value;
}

async function setSetting(db: Database, key: string, value: unknown): Promise<void> {
  await db.query(
    `INSERT INTO app_settings (key, value) VALUES (:key, :value::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    { replacements: { key, value: JSON.stringify(value) } },
  );
}

/**
 * The demo data of the default mode. The API does not import the demo generator (seeders): the
 * default mode's entry (`npm start`, seeders/src/demo-server.ts) hands it in.
 */
export interface DemoData {
  seedAccounts(db: Database, options: { sessionSecret?: string }): Promise<unknown>;
  generateSaisines(db: Database, options: { count: number; seed: number }): Promise<unknown>;
}

/**
 * Reference data (courts, communes, routing) on the first start of any installation; demo
 * accounts and referrals on the first start of the default mode only. A marker row records
 * that seeding finished, so a restart never seeds again, and an interrupted seed resumes.
 */
export async function bootstrapData(
  db: Database,
  options: { seedDemo: boolean; demo?: DemoData; demoSaisines: number; log: (line: string) => void; sessionSecret?: string },
): Promise<void> {
  const { log } = options;
  await db.transaction(async (lock) => {
    await db.query(`SELECT pg_advisory_xact_lock(${SEED_LOCK})`, { transaction: lock });
    if (!(await setting(db, 'reference_data_seeded_at'))) {
      const started = Date.now();
      log('Chargement des données de référence (juridictions, communes, routage)…');
      await seedReferenceData(db);
      await setSetting(db, 'reference_data_seeded_at', new Date().toISOString());
      log(`  fait en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
    const { demo } = options;
    if (options.seedDemo && !demo) log('Données de démonstration non chargées : le serveur n’a pas été lancé par npm start.');
    if (options.seedDemo && demo && !(await setting(db, 'demo_data_seeded_at'))) {
      const started = Date.now();
      await demo.seedAccounts(db, { sessionSecret: options.sessionSecret });
      const [[{ existing }]] = (await db.query('SELECT count(*)::int AS existing FROM saisines')) as [
        [{ existing: number }],
        unknown,
      ];
      const count = Math.max(0, options.demoSaisines - existing);
      log(`Génération des données de démonstration (${count} saisines)…`);
      if (count > 0) await demo.generateSaisines(db, { count, seed: 20261128 + existing });
      await setSetting(db, 'demo_data_seeded_at', new Date().toISOString());
      log(`  fait en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
    }
  });
}
