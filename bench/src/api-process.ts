// The API under measurement, in a process of its own as in production: the load generator
// (autocannon) must not share its event loop. The parent (run.ts) talks to it over IPC to
// learn its port and to collect the SQL statements one request sends.
import http from 'node:http';
import { Pool } from 'pg';
import { createApp } from '../../api/src/app';
import { createSequelize } from '../../api/src/db/sequelize';
import { initModels } from '../../api/src/db/models';

/** A statement as the API sent it: Sequelize's text, or a pg query with its parameters (sessions). */
export type SentStatement = string | { text: string; values: unknown[] };

export type ApiProcessMessage =
  | { type: 'ready'; port: number }
  | { type: 'capturing' }
  | { type: 'captured'; statements: SentStatement[] };
export type ApiProcessCommand = { type: 'capture' } | { type: 'collect' } | { type: 'stop' };

async function main() {
  const url = process.env.BENCH_API_DATABASE_URL;
  const connections = Number(process.env.BENCH_API_CONNECTIONS ?? 4);
  if (!url || !process.send) throw new Error('api-process: started without BENCH_API_DATABASE_URL or IPC');
  const send = (message: ApiProcessMessage) => process.send!(message);

  let captured: SentStatement[] | null = null;
  const sequelize = createSequelize(url, 20);
  (sequelize as unknown as { options: { logging: (sql: string) => void } }).options.logging = (sql) => {
    captured?.push(sql.replace(/^Executing \([^)]*\): /, ''));
  };
  initModels(sequelize);
  const pool = new Pool({ connectionString: url, max: connections + 2 });
  // The session store reads through this pool, not Sequelize: its statements count too.
  const poolQuery = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    if (captured && typeof args[0] === 'string') captured.push({ text: args[0], values: Array.isArray(args[1]) ? args[1] : [] });
    return poolQuery(...args);
  };
  const app = createApp({
    sequelize,
    pool,
    serveStatic: false,
    log: (error) => console.error(error),
    config: { env: 'development', publicUrl: 'http://localhost', sessionIdleMinutes: 60, trustProxy: false, sessionSecret: 'bench-secret-of-at-least-thirty-two-characters' },
  });
  const server = http.createServer(app);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));

  process.on('message', async (command: ApiProcessCommand) => {
    if (command.type === 'capture') {
      captured = [];
      send({ type: 'capturing' });
    }
    if (command.type === 'collect') {
      send({ type: 'captured', statements: captured ?? [] });
      captured = null;
    }
    if (command.type === 'stop') {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await pool.end();
      await sequelize.close();
      process.exit(0);
    }
  });
  send({ type: 'ready', port: (server.address() as { port: number }).port });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
