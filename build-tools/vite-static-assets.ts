import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Plugin, ResolvedConfig } from 'vite';

/**
 * Build-time helpers shared by the two front-ends' Vite configurations:
 *
 * - `versionedPublicFolder` gives a copied folder of `public/` (the DSFR's styles, fonts and icons)
 *   a name that changes with its content (`/dsfr/` → `/dsfr-1a2b3c4d/`), so the server can let
 *   browsers keep it for a year, like Vite's hashed `assets/`; the page then links every file by one
 *   URL (no `?v=` query that would download a preloaded font twice).
 * - `precompress` writes a brotli (quality 11) and a gzip (level 9) copy beside each text file the
 *   pages load, so the server sends them without compressing on every request.
 */

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);

/** Files served compressed: what browsers load as text. Source maps are not worth it. */
export const PRECOMPRESSED_EXTENSIONS = new Set(['.js', '.mjs', '.css', '.html', '.svg', '.json', '.webmanifest']);
const MIN_BYTES = 1024;

function filesUnder(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesUnder(full) : [full];
  });
}

/** A short hash of a folder: every file's path and size, and the content of its stylesheets. */
export function folderVersion(dir: string): string {
  const hash = crypto.createHash('sha256');
  for (const file of filesUnder(dir).sort()) {
    hash.update(path.relative(dir, file)).update(String(fs.statSync(file).size));
    if (file.endsWith('.css')) hash.update(fs.readFileSync(file));
  }
  return hash.digest('hex').slice(0, 8);
}

/** Rewrites `/<folder>/…?v=…` links of the page to `/<folder>-<version>/…`. */
export function rewriteFolderLinks(html: string, folder: string, version: string): string {
  const link = new RegExp(`(["'(])/${folder}/([^"'?)\\s]*)(\\?[^"')\\s]*)?`, 'g');
  return html.replace(link, (_match, before: string, rest: string) => `${before}/${folder}-${version}/${rest}`);
}

export function versionedPublicFolder(folder: string): Plugin {
  let config: ResolvedConfig;
  let version = '';
  return {
    name: 'info-parquet:versioned-public-folder',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
      const source = path.join(config.publicDir, folder);
      if (!fs.existsSync(source)) throw new Error(`${source} manque : lancez d’abord la copie des fichiers publics.`);
      version = folderVersion(source);
    },
    transformIndexHtml(html) {
      return rewriteFolderLinks(html, folder, version);
    },
    writeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      fs.renameSync(path.join(outDir, folder), path.join(outDir, `${folder}-${version}`));
    },
  };
}

/** The files of the built page that its HTML links under a copied public folder (not all 80 MB of it). */
function linkedPublicFiles(outDir: string): string[] {
  const html = fs.readFileSync(path.join(outDir, 'index.html'), 'utf8');
  const links = [...html.matchAll(/(?:href|src)="\/([^"?#]+)"/g)].map((match) => path.join(outDir, match[1]));
  return links.filter((file) => !file.startsWith(path.join(outDir, 'assets') + path.sep) && fs.existsSync(file));
}

export async function precompressFiles(files: string[]): Promise<number> {
  let written = 0;
  await Promise.all(
    files.map(async (file) => {
      if (!PRECOMPRESSED_EXTENSIONS.has(path.extname(file))) return;
      const content = await fs.promises.readFile(file);
      if (content.length < MIN_BYTES) return;
      const [br, gz] = await Promise.all([
        brotli(content, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 11, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: content.length } }),
        gzip(content, { level: 9 }),
      ]);
      await Promise.all([fs.promises.writeFile(`${file}.br`, br), fs.promises.writeFile(`${file}.gz`, gz)]);
      written += 1;
    }),
  );
  return written;
}

export function precompress(): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'info-parquet:precompress',
    apply: 'build',
    enforce: 'post',
    configResolved(resolved) {
      config = resolved;
    },
    async closeBundle() {
      const outDir = path.resolve(config.root, config.build.outDir);
      const pages = ['index.html', 'app.html'].map((page) => path.join(outDir, page)).filter((page) => fs.existsSync(page));
      const files = [...filesUnder(path.join(outDir, 'assets')), ...pages, ...linkedPublicFiles(outDir)];
      const written = await precompressFiles(files);
      config.logger.info(`${written} fichiers précompressés (brotli, gzip).`);
    },
  };
}
