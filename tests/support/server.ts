import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '..', '..');

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address() as net.AddressInfo;
      server.close(() => resolve(address.port));
    });
  });
}

export interface ProductServer {
  baseUrl: string;
  dataDir: string;
  output(): string;
  stop(): Promise<number | null>;
}

/**
 * Starts the whole product as a user would (`npm start` = tsx seeders/src/demo-server.ts) with its own
 * data folder and ports, and waits until /api/health answers.
 */
export async function startProduct(options: { dataDir?: string; env?: Record<string, string>; timeoutMs?: number } = {}): Promise<ProductServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'info-parquet-e2e-'));
  const port = await freePort();
  const pgPort = await freePort();
  let output = '';
  const child: ChildProcess = spawn(path.join(ROOT, 'node_modules', '.bin', 'tsx'), [path.join(ROOT, 'seeders', 'src', 'demo-server.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      // jest runs with NODE_ENV=test; the product must run as `npm start` runs it.
      NODE_ENV: 'development',
      PORT: String(port),
      DATA_DIR: dataDir,
      EMBEDDED_PG_PORT: String(pgPort),
      DEMO_SAISINES: '300',
      DATABASE_URL: '',
      // The journeys send many referrals from one address (e.g. fifty for a bulk assignment).
      PUBLIC_SUBMISSIONS_PER_HOUR: '100000',
      PUBLIC_UPLOADS_PER_HOUR: '100000',
      SUIVI_READS_PER_HOUR: '100000',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

  const baseUrl = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + (options.timeoutMs ?? 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`The server exited (${child.exitCode}):\n${output}`);
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok && output.includes('Ctrl-C')) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      child.kill('SIGKILL');
      throw new Error(`The server did not answer in time:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  return {
    baseUrl,
    dataDir,
    output: () => output,
    stop: async () => {
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGKILL'), 20_000);
      const code = await exited;
      clearTimeout(timer);
      return code;
    },
  };
}
