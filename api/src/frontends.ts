import type { Express } from 'express';
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { PROJECT_ROOT } from './config';
import { serveBuiltFiles } from './http/static-files';

/** The two front-ends, built by Vite into their `dist/` folders. */
export const FRONTENDS = [
  { workspace: 'form', dist: path.join(PROJECT_ROOT, 'form', 'dist'), mount: '/' },
  { workspace: 'backoffice', dist: path.join(PROJECT_ROOT, 'backoffice', 'dist'), mount: '/admin' },
] as const;

const isBuilt = (dist: string) => fs.existsSync(path.join(dist, 'index.html'));

function newestMtime(target: string): number {
  if (!fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(target)) {
    if (entry === 'node_modules' || entry === 'dist') continue;
    newest = Math.max(newest, newestMtime(path.join(target, entry)));
  }
  return newest;
}

/**
 * A front-end is built when it never was (first `npm start` after `npm ci`) or when its build is
 * older than its sources, common's or the build's own helpers (say, after a `git pull`).
 */
export function frontendNeedsBuild(root: string, workspace: string, dist: string): boolean {
  if (!isBuilt(dist)) return true;
  const built = fs.statSync(path.join(dist, 'index.html')).mtimeMs;
  const sources = [path.join(root, workspace), path.join(root, 'common', 'src'), path.join(root, 'build-tools')];
  return sources.some((source) => newestMtime(source) > built);
}

/** Builds the front-ends that need it (see `frontendNeedsBuild`). */
export function buildMissingFrontends(log: (line: string) => void): void {
  for (const frontend of FRONTENDS) {
    // A production installation (`deploy/production-tree.sh`) carries the built files, not the sources.
    if (!fs.existsSync(path.join(PROJECT_ROOT, frontend.workspace, 'src'))) {
      if (isBuilt(frontend.dist)) continue;
      throw new Error(`L’interface « ${frontend.workspace} » n’est pas construite et ses sources sont absentes : lancez npm run build avant de déployer.`);
    }
    if (!frontendNeedsBuild(PROJECT_ROOT, frontend.workspace, frontend.dist)) continue;
    log(`Construction de l’interface « ${frontend.workspace} »…`);
    const started = Date.now();
    const result = spawnSync('npm', ['run', 'build', '-w', frontend.workspace], {
      cwd: PROJECT_ROOT,
      // Always an optimised build, whatever mode the server itself runs in.
      env: { ...process.env, NODE_ENV: 'production' },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    if (result.status !== 0) throw new Error(`La construction de « ${frontend.workspace} » a échoué.`);
    log(`  « ${frontend.workspace} » construite en ${((Date.now() - started) / 1000).toFixed(1)} s.`);
  }
}

/**
 * Serves the built front-ends (see `http/static-files.ts` for caching and precompressed copies),
 * and the app's index.html for its client-side routes (`/admin/...` for the back-office, `/suivi/...`
 * for the form).
 */
export function serveFrontends(app: Express): void {
  for (const frontend of [...FRONTENDS].reverse()) {
    if (!isBuilt(frontend.dist)) continue;
    const { files, sendIndex } = serveBuiltFiles(frontend.dist);
    app.use(frontend.mount, files);
    app.use(frontend.mount, (req, res, next) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') return next();
      if (path.extname(req.path) && !req.path.endsWith('.html')) return next();
      sendIndex(req, res, next);
    });
  }
}
