import path from 'node:path';
import type { Sequelize } from 'sequelize';
import { startEmbeddedPostgres, type EmbeddedDatabase } from '../../api/src/db/embedded';
import { createSequelize } from '../../api/src/db/sequelize';
import { migrate } from '../../api/src/db/migrator';
import { initModels } from '../../api/src/db/models';
import { generateSaisines, seedDemoAccounts, seedReferenceData } from '@info-parquet/seeders';

export interface BenchDatabase {
  url: string;
  sequelize: Sequelize;
  close(): Promise<void>;
}

export interface PrepareOptions {
  /** Where the embedded PostgreSQL keeps this bench's data (kept between runs). */
  dataDir?: string;
  port?: number;
  /** The span of the referrals' reception dates, in days (18 months by default). */
  periodDays?: number;
  postgresFlags?: string[];
}

/**
 * The bench's own database (bench/.data, kept between runs so that the referrals are generated
 * once), or BENCH_DATABASE_URL. Tops the referrals up to `target`.
 */
export async function prepareDatabase(target: number, log: (line: string) => void, options: PrepareOptions = {}): Promise<BenchDatabase> {
  let embedded: EmbeddedDatabase | null = null;
  let url = process.env.BENCH_DATABASE_URL ?? '';
  if (!url) {
    embedded = await startEmbeddedPostgres({
      dataDir: options.dataDir ?? path.resolve(__dirname, '..', '.data'),
      port: options.port ?? Number(process.env.BENCH_PG_PORT ?? 54339),
      database: 'info_parquet_bench',
      postgresFlags: options.postgresFlags,
    });
    url = embedded.url;
  }
  const sequelize = createSequelize(url, 20);
  initModels(sequelize);
  await migrate(sequelize);
  await seedReferenceData(sequelize);
  await seedDemoAccounts(sequelize);
  const [[{ existing }]] = (await sequelize.query('SELECT count(*)::int AS existing FROM saisines')) as [[{ existing: number }], unknown];
  if (existing < target) {
    log(`Génération de ${target - existing} saisines (${existing} déjà présentes)…`);
    const started = Date.now();
    let reported = 0;
    await generateSaisines(sequelize, {
      count: target - existing,
      seed: 4242 + existing,
      periodDays: options.periodDays,
      batchSize: 2000,
      onProgress: (done, total) => {
        if (done - reported < 50_000 && done < total) return;
        reported = done;
        log(`  ${done} / ${total} (${((Date.now() - started) / 1000).toFixed(0)} s)`);
      },
    });
    log(`  fait en ${((Date.now() - started) / 1000).toFixed(0)} s.`);
  }
  await sequelize.query('VACUUM ANALYZE');
  return {
    url,
    sequelize,
    close: async () => {
      await sequelize.close();
      if (embedded) await embedded.stop();
    },
  };
}
