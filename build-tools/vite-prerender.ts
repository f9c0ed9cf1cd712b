import fs from 'node:fs';
import path from 'node:path';
import { createServer, type Plugin, type ResolvedConfig } from 'vite';

const ROOT = '<div id="root"></div>';

/**
 * Writes the home page's first render into the built `index.html` (`<div id="root">…</div>`):
 * the browser paints the heading and the first step as soon as the stylesheet is there, before
 * the scripts arrive, and React hydrates what is already on screen. The page as it was is kept as
 * `app.html`, served for every other route. `entry` exports `render(url): string`; it runs in
 * Node through a Vite server used only for this.
 */
export function prerenderHome(entry: string, options: { noExternal?: string[] } = {}): Plugin {
  let config: ResolvedConfig;
  // The client build's URL of each imported file (an SVG of the DSFR's artwork…), by source path:
  // the Vite server used to render knows them by their development URL (`/@fs/…`) only.
  const assetUrls = new Map<string, string>();
  return {
    name: 'info-parquet:prerender-home',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    generateBundle(_options, bundle) {
      for (const output of Object.values(bundle)) {
        if (output.type !== 'asset') continue;
        for (const original of output.originalFileNames ?? []) {
          assetUrls.set(path.resolve(config.root, original), `${config.base}${output.fileName}`);
        }
      }
    },
    async writeBundle() {
      const server = await createServer({
        root: config.root,
        configFile: false,
        logLevel: 'silent',
        appType: 'custom',
        server: { middlewareMode: true, hmr: false, watch: null },
        // Packages whose ES modules Node cannot load as they are (extensionless imports): Vite resolves them.
        ssr: { noExternal: options.noExternal },
      });
      try {
        const module = (await server.ssrLoadModule(entry)) as { render(url: string): string };
        const html = module.render('/').replace(/\/@fs(\/[^"'#?\s)]+)/g, (url, file: string) => {
          const built = assetUrls.get(path.resolve(file));
          if (!built) throw new Error(`Pré-rendu : ${file} n’est pas un fichier de la construction.`);
          return built;
        });
        const file = path.resolve(config.root, config.build.outDir, 'index.html');
        const page = fs.readFileSync(file, 'utf8');
        if (!page.includes(ROOT)) throw new Error(`${file} : ${ROOT} introuvable.`);
        // The bare page stays for the other routes (api/src/http/static-files.ts).
        fs.writeFileSync(path.join(path.dirname(file), 'app.html'), page);
        fs.writeFileSync(file, page.replace(ROOT, `<div id="root">${html}</div>`));
        config.logger.info(`Page d’accueil pré-rendue (${html.length} caractères).`);
      } finally {
        await server.close();
      }
    },
  };
}
