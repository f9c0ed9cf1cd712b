import path from 'node:path';
import type { Database } from '@info-parquet/api/src/db/database';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../api/src/db/embedded';
import { createDatabase } from '../../api/src/db/database';
import { migrate } from '../../api/src/db/migrator';
import { generateSaisines, seedDemoAccounts } from '@info-parquet/seeders';
import { seedReferenceData } from '../../api/src/reference-data/seed/seed-reference-data';

export interface BenchDatabase {
  url: string;
  /** How long this run took to generate the referrals it added (null: none added). */
  generatedSeconds: number | null;
  db: Database;
  close(): Promise<void>;
}

/** France's public administrations send some 120,000 referrals a year. */
export const NATIONAL_REFERRALS_PER_YEAR = 120_000;

/**
 * The span of a history of `count` referrals at the national rhythm (1,200,000 → ten years), and
 * at least the demo data's 18 months. Both benches (lists and dashboards) build the same history.
 */
export const historyDays = (count: number) => Math.max(548, Math.round((count / NATIONAL_REFERRALS_PER_YEAR) * 365.25));

/** PostgreSQL's settings for the benches (said in the reports): a modest server's, no parallel query. */
export const BENCH_POSTGRES_FLAGS = [
  ...['-c', 'shared_buffers=1GB', '-c', 'work_mem=32MB', '-c', 'effective_cache_size=4GB', '-c', 'max_parallel_workers_per_gather=0'],
  // Room for a bulk load between checkpoints: fewer full-page images in the WAL (60 % of its bytes with the defaults).
  ...['-c', 'max_wal_size=8GB', '-c', 'checkpoint_timeout=30min', '-c', 'wal_buffers=64MB'],
];

/** From this many referrals loaded into an empty base, secondary indexes are built after the load. */
const DEFER_INDEXES_FROM = 200_000;

/**
 * Drops the non-unique secondary indexes of `saisines` (about thirty, two of them GIN) and
 * returns their definitions. Unique ones and those of the other tables stay: the triggers of the
 * event chain read `saisine_events` by its keys while the load runs.
 */
async function dropSecondaryIndexes(db: Database): Promise<string[]> {
  const [rows] = (await db.query(
    `SELECT i.indexrelid::regclass::text AS name, pg_get_indexdef(i.indexrelid) AS definition
       FROM pg_index i
      WHERE i.indrelid = 'saisines'::regclass AND NOT i.indisunique
        AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid)`,
  )) as [Array<{ name: string; definition: string }>, unknown];
  for (const { name } of rows) await db.query(`DROP INDEX ${name}`);
  return rows.map((row) => row.definition);
}

export interface PrepareOptions {
  /** Where the embedded PostgreSQL keeps this bench's data (kept between runs): one folder per size. */
  dataDir?: string;
  port?: number;
  /** The span of the referrals' reception dates, in days (`historyDays` by default). */
  periodDays?: number;
  postgresFlags?: string[];
  /**
   * The pessimistic case: this court (TJ Paris in the scenarios) keeps a large share (15 %) and
   * stopped registering two years ago, so its « À enregistrer » queue is tens of thousands long.
   */
  backlogCourt?: string;
}

/** A backlog court's share of the national history, and how long it has not registered. */
const BACKLOG_SHARE = 0.15;
const BACKLOG_DAYS = 730;

/**
 * The bench's own database (bench/.data-<count>, kept between runs so that the referrals are
 * generated once, shared by the lists' and the dashboards' benches), or BENCH_DATABASE_URL.
 * Tops the referrals up to `target`.
 */
export async function prepareDatabase(target: number, log: (line: string) => void, options: PrepareOptions = {}): Promise<BenchDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let url = process.env.BENCH_DATABASE_URL ?? '';
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: options.dataDir ?? path.resolve(__dirname, '..', `.data-${target}${options.backlogCourt ? `-retard-${options.backlogCourt}` : ''}`),
      port: options.port ?? Number(process.env.BENCH_PG_PORT ?? 54339),
      database: 'info_parquet_bench',
      postgresFlags: options.postgresFlags ?? BENCH_POSTGRES_FLAGS,
    });
    url = embedded.url;
  }
  const db = createDatabase(url, { max: 20 });
  await migrate(db);
  await seedReferenceData(db);
  await seedDemoAccounts(db);
  let generatedSeconds: number | null = null;
  const [[{ existing }]] = (await db.query('SELECT count(*)::int AS existing FROM saisines')) as [[{ existing: number }], unknown];
  if (existing < target) {
    log(`Génération de ${target - existing} saisines (${existing} déjà présentes)…`);
    const started = Date.now();
    // A large load into an empty table goes faster with its secondary indexes built afterwards.
    const deferred = existing === 0 && target >= DEFER_INDEXES_FROM ? await dropSecondaryIndexes(db) : [];
    let reported = 0;
    await generateSaisines(db, {
      count: target - existing,
      seed: 4242 + existing,
      periodDays: options.periodDays ?? historyDays(target),
      // Every court in proportion to its size (no demo court favoured), or one large court with a backlog.
      featuredCourts: options.backlogCourt ? [[options.backlogCourt, BACKLOG_SHARE]] : [],
      backlog: options.backlogCourt ? { juridictionId: options.backlogCourt, days: BACKLOG_DAYS } : undefined,
      batchSize: 2000,
      onProgress: (done, total) => {
        if (done - reported < 50_000 && done < total) return;
        reported = done;
        log(`  ${done} / ${total} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      },
    });
    if (deferred.length > 0) {
      const indexing = Date.now();
      log(`  ${((indexing - started) / 1000).toFixed(0)} s ; construction des ${deferred.length} index secondaires…`);
      await db.query("SET maintenance_work_mem = '512MB'");
      for (const definition of deferred) await db.query(definition);
      log(`  index construits en ${((Date.now() - indexing) / 1000).toFixed(0)} s.`);
    }
    generatedSeconds = Math.round((Date.now() - started) / 1000);
    log(`  fait en ${generatedSeconds} s.`);
  }
  await db.query('VACUUM ANALYZE');
  return {
    url,
    generatedSeconds,
    db,
    close: async () => {
      await db.close();
      if (embedded) await embedded.stop();
    },
  };
}
