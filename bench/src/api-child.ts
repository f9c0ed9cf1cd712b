import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import type { ApiProcessCommand, ApiProcessMessage, SentStatement } from './api-process';

export interface ApiChild {
  base: string;
  /** The SQL statements the API sent while `during` ran. */
  capture(during: () => Promise<void>): Promise<SentStatement[]>;
  stop(): Promise<void>;
}

function next(child: ChildProcess, type: ApiProcessMessage['type']): Promise<ApiProcessMessage> {
  return new Promise((resolve, reject) => {
    const onMessage = (message: ApiProcessMessage) => {
      if (message.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(message);
    };
    const onExit = (code: number | null) => reject(new Error(`le processus de l’API s’est arrêté (code ${code})`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

/** Starts the API in its own Node process (run through tsx) on the bench database. */
export async function startApiChild(databaseUrl: string, connections: number): Promise<ApiChild> {
  const child = fork(path.join(__dirname, 'api-process.ts'), [], {
    execArgv: ['--import', 'tsx', ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir=/tmp/benchprof'] : [])],
    env: { ...process.env, BENCH_API_DATABASE_URL: databaseUrl, BENCH_API_CONNECTIONS: String(connections) },
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const ready = (await next(child, 'ready')) as Extract<ApiProcessMessage, { type: 'ready' }>;
  const command = (message: ApiProcessCommand) => child.send(message);
  return {
    base: `http://127.0.0.1:${ready.port}/api`,
    async capture(during) {
      const capturing = next(child, 'capturing');
      command({ type: 'capture' });
      await capturing;
      await during();
      const collected = next(child, 'captured');
      command({ type: 'collect' });
      return ((await collected) as Extract<ApiProcessMessage, { type: 'captured' }>).statements;
    },
    async stop() {
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      command({ type: 'stop' });
      await exited;
    },
  };
}
