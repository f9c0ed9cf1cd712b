import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress, versionedPublicFolder } from '../build-tools/vite-static-assets';
import { prerenderHome } from '../build-tools/vite-prerender';

// Libraries change less often than the form: their own chunks stay in the browser's cache.
const vendorChunks = [
  { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ },
  // dsfr.module must stay a chunk of its own: startReactDsfr configures window.dsfr before importing it.
  { name: 'dsfr', test: /node_modules[\\/](@codegouvfr[\\/](?!react-dsfr[\\/]dsfr[\\/]dsfr\.module)|tsafe[\\/])/ },
  { name: 'formik-yup', test: /node_modules[\\/](formik|yup|lodash-es|property-expr|tiny-case|toposort|deepmerge|react-fast-compare|hoist-non-react-statics|react-is|tiny-warning)[\\/]/ },
];

// The API serves form/dist at `/`; in development Vite proxies `/api` to it.
export default defineConfig({
  base: '/',
  publicDir: 'public',
  // The DSFR's files are copied to dist/dsfr-<version>/ (cached for a year); text files precompressed.
  plugins: [react(), versionedPublicFolder('dsfr'), prerenderHome('/src/prerender.tsx', { noExternal: ['@codegouvfr/react-dsfr', 'tsafe'] }), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: { output: { codeSplitting: { groups: vendorChunks } } },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
