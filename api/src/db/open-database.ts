import type { Database } from './database';
import { loadConfig } from '../config';
import { embeddedDatabaseUrl, startEmbeddedPostgres } from './embedded';
import { migrate } from './migrator';
import { createDatabase } from './database';

export interface OpenDatabase {
  db: Database;
  /** Where the data goes, for the user. */
  description: string;
  production: boolean;
  close(): Promise<void>;
}

/**
 * The database of the command-line tools: DATABASE_URL when set, else the embedded PostgreSQL
 * of the default mode (the same data directory and port as `npm start`). When `npm start` is
 * already running it, we connect to it instead of starting a second server. Migrations run.
 */
export async function openDatabase(log: (line: string) => void): Promise<OpenDatabase> {
  const config = loadConfig();
  let url = config.databaseUrl;
  let stopEmbedded: (() => Promise<void>) | null = null;
  let description = 'la base indiquée par DATABASE_URL';
  if (!url) {
    description = `la base PostgreSQL embarquée (${config.dataDir}, port ${config.embeddedPgPort})`;
    try {
      log(`Démarrage de PostgreSQL embarqué (données dans ${config.dataDir})…`);
      const embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
      url = embedded.url;
      stopEmbedded = embedded.stop;
    } catch (error) {
      // `npm start` holds the data directory: use its server.
      if (!/Une autre instance de PostgreSQL/.test(String((error as Error).message))) throw error;
      url = embeddedDatabaseUrl(config.embeddedPgPort);
      log('PostgreSQL embarqué est déjà lancé (par npm start ?) : connexion à ce serveur.');
    }
  }
  const db = createDatabase(url, { max: 4 });
  try {
    const applied = await migrate(db);
    if (applied.length > 0) log(`Migrations appliquées : ${applied.join(', ')}.`);
  } catch (error) {
    await db.close().catch(() => undefined);
    if (stopEmbedded) await stopEmbedded().catch(() => undefined);
    throw error;
  }
  return {
    db,
    description,
    production: config.env === 'production',
    async close() {
      await db.close().catch(() => undefined);
      if (stopEmbedded) await stopEmbedded().catch(() => undefined);
    },
  };
}
