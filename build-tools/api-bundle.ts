import path from 'node:path';
import { build, type Plugin } from 'esbuild';

/**
 * `npm run build:api`: the API and its one-off command as plain JavaScript for production
 * (`api/dist/server.js`, `api/dist/create-admin.js`, `api/dist/import-routage.js`), so the production image needs neither tsx
 * nor TypeScript. The project's own workspaces (common, seeders) are bundled in; every npm package
 * stays a `require` resolved from the production `node_modules` at run time. The API never imports
 * the demo generator (seeders); the embedded PostgreSQL of the default mode is imported lazily, so a
 * production installation without it never loads it.
 */
const ROOT = path.resolve(__dirname, '..');

export const API_BUNDLES = {
  server: path.join(ROOT, 'api', 'src', 'server.ts'),
  'create-admin': path.join(ROOT, 'api', 'src', 'accounts', 'users', 'create-admin-cli.ts'),
  'import-routage': path.join(ROOT, 'api', 'src', 'reference-data', 'seed', 'import-routage-cli.ts'),
};

/** npm packages are left to node_modules; the workspaces' TypeScript is bundled. */
const npmPackagesStayExternal: Plugin = {
  name: 'npm-packages-external',
  setup(bundle) {
    bundle.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.path.startsWith('@info-parquet/') || args.path.startsWith('node:')) return undefined;
      return { path: args.path, external: true };
    });
  },
};

export async function bundleApi(outdir = path.join(ROOT, 'api', 'dist')) {
  return build({
    entryPoints: API_BUNDLES,
    outdir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: true,
    legalComments: 'none',
    logLevel: 'warning',
    metafile: true,
    plugins: [npmPackagesStayExternal],
  });
}

if (require.main === module) {
  bundleApi().then(
    (result) => {
      const outputs = Object.entries(result.metafile.outputs).filter(([file]) => file.endsWith('.js'));
      for (const [file, output] of outputs) console.log(`${file} : ${(output.bytes / 1024).toFixed(0)} ko`);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
