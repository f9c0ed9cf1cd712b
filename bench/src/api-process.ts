// The API under measurement, in a process of its own as in production: the load generator
// (autocannon) must not share its event loop. The parent (run.ts) talks to it over IPC to
// learn its port and to collect the SQL statements one request sends.
import http from 'node:http';
import { createApp } from '../../api/src/app';
import { createDatabase } from '../../api/src/db/database';

/** A statement as the API sent it: its text, with its bind parameters when it has some. */
export type SentStatement = string | { text: string; values: unknown[] };

export type ApiProcessMessage =
  | { type: 'ready'; port: number }
  | { type: 'capturing' }
  | { type: 'captured'; statements: SentStatement[] };
export type ApiProcessCommand = { type: 'capture' } | { type: 'collect' } | { type: 'stop' };

async function main() {
  const url = process.env.BENCH_API_DATABASE_URL;
  if (!url || !process.send) throw new Error('api-process: started without BENCH_API_DATABASE_URL or IPC');
  const send = (message: ApiProcessMessage) => process.send!(message);

  let captured: SentStatement[] | null = null;
  // Every statement of a request goes through the one pool (the session store's too): they are
  // captured there, as sent, with their parameters.
  const db = createDatabase(url, { max: 20 });
  const pool = db.pool;
  const poolQuery = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  (pool as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
    const [first, second] = args as [unknown, unknown];
    if (captured && typeof first === 'string') captured.push(Array.isArray(second) ? { text: first, values: second } : first);
    else if (captured && first && typeof first === 'object') {
      const query = first as { text: string; values?: unknown[] };
      captured.push({ text: query.text, values: query.values ?? [] });
    }
    return poolQuery(...args);
  };
  const app = createApp({
    db,
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
      await db.close();
      process.exit(0);
    }
  });
  send({ type: 'ready', port: (server.address() as { port: number }).port });
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
