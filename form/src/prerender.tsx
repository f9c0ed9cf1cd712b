import { StrictMode } from 'react';
import { renderToString } from 'react-dom/server';
import { StaticRouter } from 'react-router';
import { setLink } from '@codegouvfr/react-dsfr/link';
import { App } from './App';
import { Link } from './dsfr-link';

// As main.tsx does through startReactDsfr (browser only): the DSFR's links are the router's
// (typed there by dsfr-link.ts's declaration, which setLink's own signature does not see).
setLink({ Link: Link as unknown as Parameters<typeof setLink>[0]['Link'] });

/**
 * The HTML of a page as the browser's first render makes it, written into `index.html` at build
 * (build-tools/vite-prerender.ts): the home page shows its heading and first step before any
 * script has run, and main.tsx then hydrates it.
 */
export function render(url: string): string {
  return renderToString(
    <StrictMode>
      <StaticRouter location={url}>
        <App />
      </StaticRouter>
    </StrictMode>,
  );
}
