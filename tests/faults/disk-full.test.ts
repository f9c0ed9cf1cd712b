import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { Client } from 'pg';
import { embeddedDatabaseUrl } from '../../api/src/db/embedded';
import { freePort, startProduct, type ProductServer } from '../support/server';

/**
 * The upload disk fills up in the middle of an upload: the sender gets a clear answer (507, in
 * French), no partial file stays on the disk, nothing is recorded, and once space is back the
 * next upload goes through. A real full disk: the API process runs with its upload folder on a
 * 30 MB tmpfs, in a mount namespace of its own (`unshare`; as root in CI, or through a user
 * namespace elsewhere), beside the product started as usual, on its PostgreSQL.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const MB = 1024 * 1024;

let product: ProductServer;
let databaseUrl: string;
let api: ChildProcess;
let baseUrl: string;
let output = '';
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'info-parquet-disk-full-'));
const uploadDir = path.join(work, 'uploads');

/** The upload folder as the API process sees it (its own mount namespace). */
const uploadsSeenByApi = () => path.join(`/proc/${api.pid}/root`, uploadDir);
const filesIn = (dir: string): string[] =>
  fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).map((entry) => entry.name);

function pdfBytes(bytes: number): Buffer {
  const head = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\n');
  const tail = Buffer.from('\ntrailer<<>>\n%%EOF\n');
  return Buffer.concat([head, Buffer.alloc(bytes - head.length - tail.length, 0x41), tail]);
}

const pdfOf = (bytes: number) => new Blob([new Uint8Array(pdfBytes(bytes))], { type: 'application/pdf' });

async function upload(bytes: number) {
  const form = new FormData();
  form.append('fichier', pdfOf(bytes), 'proces-verbal.pdf');
  const response = await fetch(`${baseUrl}/api/public/pieces-jointes`, { method: 'POST', body: form });
  return { status: response.status, body: (await response.json()) as { id?: string; message?: string } };
}

async function piecesRecorded(): Promise<number> {
  const client = new Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return Number((await client.query('SELECT count(*) AS n FROM pieces_jointes')).rows[0].n);
  } finally {
    await client.end();
  }
}

beforeAll(async () => {
  fs.mkdirSync(uploadDir);
  // The product as `npm start` runs it provides the database (migrated, reference data loaded).
  const pgPort = await freePort();
  product = await startProduct({ env: { EMBEDDED_PG_PORT: String(pgPort), DEMO_SAISINES: '0' } });
  databaseUrl = embeddedDatabaseUrl(pgPort);
  const port = await freePort();
  baseUrl = `http://127.0.0.1:${port}`;
  const asRoot = process.getuid?.() === 0;
  const namespace = asRoot ? ['--mount'] : ['--user', '--map-root-user', '--mount'];
  const check = spawnSync('unshare', [...namespace, 'true']);
  if (check.status !== 0) throw new Error(`This test needs a mount namespace (root, or user namespaces): unshare said ${check.stderr}`);
  const tsx = path.join(ROOT, 'node_modules', '.bin', 'tsx');
  const script = `mount -t tmpfs -o size=30m tmpfs "${uploadDir}" && exec "${tsx}" "${path.join(ROOT, 'seeders', 'src', 'demo-server.ts')}"`;
  api = spawn('unshare', [...namespace, 'sh', '-c', script], {
    cwd: ROOT,
    env: {
      ...process.env,
      NODE_ENV: 'development',
      PORT: String(port),
      DATABASE_URL: databaseUrl,
      DATA_DIR: path.join(work, 'data'),
      UPLOAD_DIR: uploadDir,
      UPLOAD_DISK_RESERVE_MB: '0',
      PUBLIC_UPLOADS_PER_HOUR: '1000',
      LOG_FORMAT: 'json',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  api.stdout!.on('data', (chunk) => (output += chunk));
  api.stderr!.on('data', (chunk) => (output += chunk));
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (api.exitCode !== null) throw new Error(`The API exited (${api.exitCode}):\n${output}`);
    const ready = await fetch(`${baseUrl}/api/health`).then((response) => response.ok, () => false);
    if (ready) break;
    if (Date.now() > deadline) throw new Error(`The API did not answer in time:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}, 180_000);

afterAll(async () => {
  if (api && api.exitCode === null) {
    const exited = new Promise((resolve) => api.once('exit', resolve));
    api.kill('SIGINT');
    await exited;
  }
  await product?.stop();
  if (product) fs.rmSync(product.dataDir, { recursive: true, force: true });
  fs.rmSync(work, { recursive: true, force: true });
});

/**
 * An upload whose body is sent in two halves: between them, `meanwhile` runs (once the first
 * half is on the disk), as another writer would fill the disk during a slow upload.
 */
function uploadInTwoHalves(bytes: number, meanwhile: () => Promise<void>): Promise<{ status: number; body: { message?: string } }> {
  const boundary = 'disk-full-boundary';
  const file = Buffer.from(pdfBytes(bytes));
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="fichier"; filename="proces-verbal.pdf"\r\nContent-Type: application/pdf\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  const half = Math.floor(file.length / 2);
  return new Promise((resolve, reject) => {
    const request = http.request(`${baseUrl}/api/public/pieces-jointes`, {
      method: 'POST',
      agent: false,
      headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}`, 'Content-Length': head.length + file.length + tail.length },
    }, (response) => {
      let text = '';
      response.on('data', (chunk) => (text += chunk));
      response.on('end', () => resolve({ status: response.statusCode ?? 0, body: JSON.parse(text) }));
    });
    request.on('error', reject);
    request.write(Buffer.concat([head, file.subarray(0, half)]));
    meanwhile().then(
      () => request.end(Buffer.concat([file.subarray(half), tail])),
      (error) => {
        request.destroy();
        reject(error);
      },
    );
  });
}

const bytesOnDisk = (dir: string) =>
  fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile()).reduce((sum, entry) => sum + fs.statSync(path.join(entry.parentPath ?? entry.path, entry.name)).size, 0);

test('the disk fills up during an upload: 507 in French, no partial file, nothing recorded, then uploads work again', async () => {
  const disk = uploadsSeenByApi();
  expect(filesIn(disk)).toEqual([]);
  // The upload passes the room check (a whole piece, 20 MB, fits on the empty 30 MB disk), then,
  // half-way through, another writer takes 20 MB: the rest of the file meets a full disk.
  const filler = path.join(disk, 'autre-programme.bin');
  const refused = await uploadInTwoHalves(16 * MB, async () => {
    for (let i = 0; i < 200 && bytesOnDisk(disk) < 7 * MB; i++) await new Promise((resolve) => setTimeout(resolve, 50));
    expect(bytesOnDisk(disk)).toBeGreaterThanOrEqual(7 * MB);
    fs.writeFileSync(filler, Buffer.alloc(20 * MB));
  });
  expect(refused.status).toBe(507);
  expect(refused.body.message).toBe('Espace disque insuffisant sur le serveur : la pièce n’a pas été enregistrée. Réessayez plus tard.');
  expect(filesIn(disk)).toEqual(['autre-programme.bin']);
  expect(await piecesRecorded()).toBe(0);
  expect(output).not.toContain('Erreur interne');

  // Less than a piece's room left: refused before anything is written.
  expect((await upload(MB)).status).toBe(507);
  expect(filesIn(disk)).toEqual(['autre-programme.bin']);

  // Room again: the service goes on.
  fs.rmSync(filler);
  const after = await upload(2 * MB);
  expect(after.status).toBe(201);
  expect(filesIn(disk)).toHaveLength(1);
  expect(await piecesRecorded()).toBe(1);
  expect((await fetch(`${baseUrl}/api/health`)).status).toBe(200);
});
