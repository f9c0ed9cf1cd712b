import fs from 'node:fs';
import path from 'node:path';
import type { Request, RequestHandler, Response } from 'express';

/**
 * How the built front-ends' files are cached and sent:
 * - files whose name carries a content hash (Vite's `assets/`, the versioned DSFR folder
 *   `dsfr-1a2b3c4d/`) are kept a year, `immutable`;
 * - everything else (the HTML pages, the favicon) is revalidated on every use;
 * - a brotli or gzip copy written at build time (`build-tools/vite-static-assets.ts`) is sent
 *   instead of the file when the browser accepts it.
 */

const YEAR = 'public, max-age=31536000, immutable';
const REVALIDATE = 'no-cache';
const HASHED = /(^|\/)(assets|dsfr-[0-9a-f]{8})\//;

export function cacheControlFor(relativePath: string): string {
  return HASHED.test(relativePath.split(path.sep).join('/')) ? YEAR : REVALIDATE;
}

type Encoding = { name: 'br' | 'gzip'; extension: '.br' | '.gz' };
const ENCODINGS: Encoding[] = [
  { name: 'br', extension: '.br' },
  { name: 'gzip', extension: '.gz' },
];

/** The encodings the `Accept-Encoding` header allows (q > 0), brotli first when both are. */
export function acceptedEncodings(header: string | undefined): Encoding[] {
  const weights = new Map<string, number>();
  for (const part of (header ?? '').split(',')) {
    const [name, ...params] = part.trim().toLowerCase().split(';');
    if (!name) continue;
    const q = params.map((param) => /^\s*q=([0-9.]+)\s*$/.exec(param)?.[1]).find(Boolean);
    weights.set(name, q === undefined ? 1 : Number(q));
  }
  const weight = (name: string) => weights.get(name) ?? weights.get('*') ?? 0;
  return ENCODINGS.filter((encoding) => weight(encoding.name) > 0);
}

/** The precompressed copies present in a built folder, found once at start-up. */
function precompressedCopies(root: string): Set<string> {
  const found = new Set<string>();
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name.endsWith('.br') || entry.name.endsWith('.gz')) found.add(full);
    }
  };
  if (fs.existsSync(root)) walk(root);
  return found;
}

/** Sends `file` (inside `root`), or its precompressed copy when there is one the client accepts. */
function sendBuiltFile(req: Request, res: Response, root: string, file: string, copies: Set<string>, next: (error?: unknown) => void) {
  const relative = path.relative(root, file);
  const cacheControl = cacheControlFor(relative);
  const hasCopies = ENCODINGS.some((encoding) => copies.has(file + encoding.extension));
  if (hasCopies) res.vary('Accept-Encoding');
  const encoding = hasCopies ? acceptedEncodings(req.get('Accept-Encoding')).find((candidate) => copies.has(file + candidate.extension)) : undefined;
  if (encoding) {
    res.type(path.extname(file));
    res.setHeader('Content-Encoding', encoding.name);
  }
  res.sendFile(encoding ? file + encoding.extension : file, { cacheControl: false, headers: { 'Cache-Control': cacheControl }, dotfiles: 'deny' }, (error) => {
    if (error && !res.headersSent) next((error as { status?: number }).status === 404 ? undefined : error);
  });
}

/** The page of a client route when the home page is pre-rendered (build-tools/vite-prerender.ts). */
const SHELL = 'app.html';
const PAGES = ['index.html', SHELL];

/**
 * Serves the files of a built front-end, its pages apart: `sendIndex` answers a client route with
 * `index.html` for `/`, and with `app.html`, the page before pre-rendering, for any other route
 * (so `/suivi/…` never shows the home page's content while its scripts load).
 */
export function serveBuiltFiles(root: string): { files: RequestHandler; sendIndex: (req: Request, res: Response, next: (error?: unknown) => void) => void } {
  const copies = precompressedCopies(root);
  const files: RequestHandler = (req, res, next) => {
    if (req.method !== 'GET' && req.method !== 'HEAD') return next();
    let relative: string;
    try {
      relative = decodeURIComponent(req.path);
    } catch {
      return next();
    }
    const file = path.join(root, path.normalize(relative));
    if (!file.startsWith(root + path.sep) || PAGES.includes(path.basename(file))) return next();
    if (file.endsWith('.br') || file.endsWith('.gz')) return next();
    fs.stat(file, (error, stat) => {
      if (error || !stat.isFile()) return next();
      sendBuiltFile(req, res, root, file, copies, next);
    });
  };
  // A home page pre-rendered at build has the bare page beside it (`app.html`) for every other route.
  const shell = fs.existsSync(path.join(root, SHELL)) ? SHELL : 'index.html';
  const sendIndex = (req: Request, res: Response, next: (error?: unknown) => void) =>
    sendBuiltFile(req, res, root, path.join(root, req.path === '/' ? 'index.html' : shell), copies, next);
  return { files, sendIndex };
}
