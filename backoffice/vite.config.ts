import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { precompress } from '../build-tools/vite-static-assets';

// The API serves backoffice/dist at `/admin/`; in development Vite proxies `/api` to it.
export default defineConfig({
  base: '/admin/',
  plugins: [react(), precompress()],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        codeSplitting: {
          // React and the router change seldom: their own chunk stays cached across our releases.
          // Screens are split with React.lazy (saisines/index.ts, App.tsx).
          groups: [{ name: 'react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ }],
        },
      },
    },
  },
  server: {
    proxy: { '/api': 'http://127.0.0.1:3000' },
  },
});
