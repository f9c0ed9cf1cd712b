import http from 'node:http';
import type { Database } from './db/database';
import { ConfigError, loadConfig, type Config } from './config';
import { createDatabase } from './db/database';
import { startEmbeddedPostgres, type EmbeddedDatabase } from './db/embedded';
import { migrate } from './db/migrator';
import { bootstrapData, type DemoData } from './db/bootstrap-data';
import { buildMissingFrontends } from './frontends';
import { resolveSessionSecret } from './session-secret';
import { createApp } from './app';
import { createOutboxWorker, type OutboxWorker } from './mail/outbox-worker';
import { startPeriodic } from './jobs/periodic';
import { deleteOrphanUploads } from './jobs/orphan-uploads';
import { escalateOverdueUrgences, pruneLiveEvents } from './jobs/urgency-escalation';
import type { Logger } from 'pino';
import { createLogger } from './observability/logger';
import { createErrorReporter, type ErrorReporter } from './observability/error-reporter';
import { installProcessHooks } from './observability/process-hooks';
import { createWorkerHealth } from './jobs/worker-health';

export interface RunningServer {
  url: string;
  port: number;
  db: Database;
  logger: Logger;
  reporter: ErrorReporter;
  stop(): Promise<void>;
}

const DEMO_ACCOUNTS = [
  ['admin@justice.test', 'administrateur national'],
  ['greffier.blois@justice.test', 'greffier, TJ Blois'],
  ['magistrat.blois@justice.test', 'magistrat du parquet, TJ Blois'],
  ['greffier.paris@justice.test', 'greffier, TJ Paris'],
  ['analyste@justice.test', 'analyste (indicateurs seulement)'],
];

/**
 * config → database (embedded or DATABASE_URL) → migrations → data → front-ends → listen. `demo`
 * is the demo generator, handed in by the default mode's entry (seeders/src/demo-server.ts).
 */
export async function startServer(
  config: Config = loadConfig(),
  logger: Logger = createLogger({ level: config.logLevel, format: config.logFormat }),
  demo?: DemoData,
): Promise<RunningServer> {
  const started = Date.now();
  const log = (line: string) => logger.info(line);
  const warn = (line: string) => logger.warn(line);
  const workers = createWorkerHealth();
  const reporter = createErrorReporter(config.errorReportingDsn, { environment: config.env, onFailure: warn });
  let embedded: EmbeddedDatabase | null = null;
  let databaseUrl = config.databaseUrl;
  if (!databaseUrl) {
    log(`Démarrage de PostgreSQL embarqué (données dans ${config.dataDir})…`);
    embedded = await startEmbeddedPostgres({ dataDir: config.dataDir, port: config.embeddedPgPort });
    databaseUrl = embedded.url;
  }
  // One pool for every statement, the sessions' store and the live events' LISTEN connection. An idle
  // connection dropped by the server (restart, shutdown) is discarded, never a crash.
  const db = createDatabase(databaseUrl, { max: 15, onIdleError: (error) => warn(`Connexion PostgreSQL interrompue : ${error.message}`) });
  let server: http.Server | null = null;
  let outboxWorker: OutboxWorker | null = null;
  let orphanCleanup: { stop(): Promise<void> } | null = null;
  let urgencyEscalation: { stop(): Promise<void> } | null = null;

  const stop = async () => {
    await outboxWorker?.stop().catch(() => undefined);
    await orphanCleanup?.stop().catch(() => undefined);
    await urgencyEscalation?.stop().catch(() => undefined);
    if (server) {
      const closing = new Promise<void>((resolve) => server!.close(() => resolve()));
      server.closeAllConnections();
      await closing;
      server = null;
    }
    await db.close().catch(() => undefined);
    if (embedded) await embedded.stop().catch(() => undefined);
  };

  try {
    const applied = await migrate(db);
    if (applied.length > 0) log(`Migrations appliquées : ${applied.join(', ')}.`);
    // Known before seeding: the demo administrator's TOTP secret is sealed with it.
    const sessionSecret = resolveSessionSecret(config.sessionSecret, config.dataDir);
    await bootstrapData(db, { seedDemo: config.seedDemo, demo, demoSaisines: config.demoSaisines, log, sessionSecret });
    if (config.env !== 'test') buildMissingFrontends(log);

    const app = createApp({
      db,
      config: { ...config, sessionSecret },
      logger,
      reporter,
      workers,
      log: (error) => logger.error({ err: error }, 'Erreur'),
    });
    server = http.createServer(app);
    // Background work lives in PostgreSQL (SKIP LOCKED): every API process may run it.
    if (config.smtpUrl) {
      outboxWorker = createOutboxWorker({ db, smtpUrl: config.smtpUrl, from: config.mailFrom, log: warn, health: workers });
      outboxWorker.start();
    } else {
      log('SMTP_URL non défini : les courriels restent dans la boîte d’envoi (lisible dans le back-office).');
    }
    // Every minute: urgent referrals past their court's target, and not taken into account, are
    // escalated, then reminded every URGENCE_RELANCE_MINUTES (SKIP LOCKED).
    urgencyEscalation = startPeriodic(
      'Relance des saisines urgentes en retard',
      60_000,
      async () => {
        while ((await escalateOverdueUrgences(db, config.publicUrl, { repeatMinutes: config.urgenceRelanceMinutes })) > 0);
        await pruneLiveEvents(db);
      },
      warn,
      workers,
    );
    orphanCleanup = startPeriodic('Nettoyage des pièces jointes non rattachées', 3_600_000, () => deleteOrphanUploads(db, config.uploadDir), warn, workers);
    await new Promise<void>((resolve, reject) => {
      server!.once('error', reject);
      server!.listen(config.port, config.host, () => resolve());
    });
  } catch (error) {
    await stop();
    throw error;
  }
  const address = server!.address();
  const port = typeof address === 'object' && address ? address.port : config.port;
  const url = `http://localhost:${port}`;
  log(`Info Parquet est prêt en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  log(`  Formulaire public : ${url}/`);
  log(`  Back-office       : ${url}/admin/`);
  log(`  API               : ${url}/api/ (contrat : ${url}/api/openapi.json)`);
  if (config.seedDemo && demo) {
    log('  Comptes de démonstration (mot de passe : demo-info-parquet) :');
    for (const [email, role] of DEMO_ACCOUNTS) log(`    ${email.padEnd(30)} ${role}`);
    log('  admin@justice.test se connecte aussi avec un code de double authentification : npm run demo:totp');
  }
  log('Ctrl-C pour arrêter.');
  return { url, port, db, logger, reporter, stop };
}

/** Runs the server until SIGINT or SIGTERM: production's entry (this file), and `npm start`'s with the demo. */
export async function runServer(demo?: DemoData) {
  let running: RunningServer;
  try {
    const config = loadConfig();
    running = await startServer(config, undefined, demo);
  } catch (error) {
    console.error(error instanceof ConfigError ? `Configuration invalide : ${error.message}` : error);
    process.exit(1);
  }
  const { logger } = running;
  let stopping = false;
  const shutdown = (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info(`${signal} reçu : arrêt propre du serveur et de la base…`);
    running.stop().then(
      () => process.exit(signal === 'uncaughtException' ? 1 : 0),
      (error) => {
        logger.error({ err: error }, 'Arrêt incomplet');
        process.exit(1);
      },
    );
  };
  installProcessHooks(logger, running.reporter, () => shutdown('uncaughtException'));
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

if (require.main === module) void runServer();
