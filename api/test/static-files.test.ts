import express from 'express';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import request from 'supertest';
import { acceptedEncodings, cacheControlFor, serveBuiltFiles } from '../src/http/static-files';
import { folderVersion, precompressFiles, rewriteFolderLinks } from '../../build-tools/vite-static-assets';

// A built front-end on disk, precompressed by the build's own helper, served as `npm start` serves it.
let root: string;
let app: express.Express;
const script = `export const labels = ${JSON.stringify(Array.from({ length: 200 }, (_, i) => `Saisine numéro ${i}`))};\n`;
const write = (relative: string, content: string) => {
  fs.mkdirSync(path.dirname(path.join(root, relative)), { recursive: true });
  fs.writeFileSync(path.join(root, relative), content);
};

beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-static-'));
  write('index.html', `<!doctype html><html lang="fr"><title>Info Parquet</title>${'<!-- page -->'.repeat(200)}</html>`);
  write('assets/index-AbC123.js', script);
  write('assets/tiny-Xy.js', 'export {};');
  write('dsfr-0a1b2c3d/dsfr.min.css', `.fr-btn{color:#000091}\n`.repeat(100));
  write('favicon.svg', '<svg xmlns="http://www.w3.org/2000/svg"/>');
  const written = await precompressFiles(['index.html', 'assets/index-AbC123.js', 'assets/tiny-Xy.js', 'dsfr-0a1b2c3d/dsfr.min.css'].map((file) => path.join(root, file)));
  expect(written).toBe(3); // the 10-byte script is not worth it
  const { files, sendIndex } = serveBuiltFiles(root);
  app = express();
  app.use(files);
  app.use((req, res, next) => (path.extname(req.path) ? next() : sendIndex(req, res, next)));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

test('a hashed script: brotli when accepted, kept a year, the same bytes once decoded', async () => {
  const answer = await request(app).get('/assets/index-AbC123.js').set('Accept-Encoding', 'gzip, deflate, br');
  expect(answer.status).toBe(200);
  expect(answer.headers['content-encoding']).toBe('br');
  expect(answer.headers['content-type']).toMatch(/javascript/);
  expect(answer.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  expect(answer.headers.vary).toMatch(/Accept-Encoding/);
  // The client decodes what it receives (it would fail on a mislabelled body): the same bytes.
  expect(answer.text).toBe(script);
  expect(Number(answer.headers['content-length'])).toBe(zlib.brotliCompressSync(script, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11 } }).length);
});

test('gzip for a client without brotli, the plain file for one that accepts neither', async () => {
  const gzipped = await request(app).get('/dsfr-0a1b2c3d/dsfr.min.css').set('Accept-Encoding', 'gzip');
  expect(gzipped.headers['content-encoding']).toBe('gzip');
  expect(gzipped.headers['content-type']).toMatch(/text\/css/);
  expect(gzipped.text).toContain('.fr-btn{color:#000091}');
  expect(gzipped.headers['cache-control']).toContain('immutable');
  const plain = await request(app).get('/dsfr-0a1b2c3d/dsfr.min.css').set('Accept-Encoding', 'identity');
  expect(plain.headers['content-encoding']).toBeUndefined();
  expect(plain.text).toContain('.fr-btn{color:#000091}');
  const refused = await request(app).get('/dsfr-0a1b2c3d/dsfr.min.css').set('Accept-Encoding', 'br;q=0, gzip;q=0');
  expect(refused.headers['content-encoding']).toBeUndefined();
});

test('the page and unhashed files are revalidated; the page is precompressed too', async () => {
  const page = await request(app).get('/suivi/ABC').set('Accept-Encoding', 'br');
  expect(page.status).toBe(200);
  expect(page.headers['content-encoding']).toBe('br');
  expect(page.headers['content-type']).toMatch(/text\/html/);
  expect(page.headers['cache-control']).toBe('no-cache');
  const icon = await request(app).get('/favicon.svg').set('Accept-Encoding', 'br');
  expect(icon.headers['cache-control']).toBe('no-cache');
  expect(icon.headers['content-encoding']).toBeUndefined();
});

test('a pre-rendered home page is sent for / only; every other route gets the bare page', async () => {
  const built = fs.mkdtempSync(path.join(os.tmpdir(), 'ip-prerendered-'));
  try {
    fs.writeFileSync(path.join(built, 'index.html'), '<div id="root"><h1>Transmettre une saisine</h1></div>');
    fs.writeFileSync(path.join(built, 'app.html'), '<div id="root"></div>');
    const served = serveBuiltFiles(built);
    const site = express();
    site.use(served.files);
    site.use((req, res, next) => served.sendIndex(req, res, next));
    expect((await request(site).get('/')).text).toContain('<h1>Transmettre une saisine</h1>');
    for (const route of ['/suivi/ABC', '/mentions-legales', '/app.html', '/index.html']) {
      expect({ route, text: (await request(site).get(route)).text }).toEqual({ route, text: '<div id="root"></div>' });
    }
  } finally {
    fs.rmSync(built, { recursive: true, force: true });
  }
});

test('the compressed copies themselves, files outside the folder and missing files are not served', async () => {
  expect((await request(app).get('/assets/index-AbC123.js.br')).status).toBe(404);
  expect((await request(app).get('/assets/missing-Zz.js')).status).toBe(404);
  expect((await request(app).get('/..%2f..%2fetc%2fpasswd.js')).status).toBe(404);
  expect((await request(app).get('/%E0%A4%A.js')).status).toBe(404);
});

test('Accept-Encoding is read with its weights', () => {
  expect(acceptedEncodings('gzip, deflate, br, zstd').map((e) => e.name)).toEqual(['br', 'gzip']);
  expect(acceptedEncodings('gzip;q=0.5, br;q=0').map((e) => e.name)).toEqual(['gzip']);
  expect(acceptedEncodings('*').map((e) => e.name)).toEqual(['br', 'gzip']);
  expect(acceptedEncodings('*, gzip;q=0').map((e) => e.name)).toEqual(['br']);
  expect(acceptedEncodings(undefined)).toEqual([]);
  expect(cacheControlFor('assets/a-1.js')).toContain('immutable');
  expect(cacheControlFor('dsfr-0a1b2c3d/fonts/Marianne-Regular.woff2')).toContain('immutable');
  expect(cacheControlFor('dsfr/fonts/Marianne-Regular.woff2')).toBe('no-cache');
});

test('the build gives the DSFR folder a name that follows its content, and one URL per file', () => {
  const dsfr = path.join(root, 'dsfr-0a1b2c3d');
  const before = folderVersion(dsfr);
  expect(before).toMatch(/^[0-9a-f]{8}$/);
  fs.appendFileSync(path.join(dsfr, 'dsfr.min.css'), '.fr-new{}');
  expect(folderVersion(dsfr)).not.toBe(before);
  const html = '<link rel="preload" href="/dsfr/fonts/Marianne-Regular.woff2?v=1.14.2" /><link href="/dsfr/utility/icons/icons.min.css?hash=bac80065" /><link href="/dsfrx/a.css" />';
  expect(rewriteFolderLinks(html, 'dsfr', '12345678')).toBe(
    '<link rel="preload" href="/dsfr-12345678/fonts/Marianne-Regular.woff2" /><link href="/dsfr-12345678/utility/icons/icons.min.css" /><link href="/dsfrx/a.css" />',
  );
});
