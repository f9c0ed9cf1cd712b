import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { Link } from './dsfr-link';
import { App } from './App';
import { loadDraft } from './saisine/draft/draft-storage';

// The DSFR stylesheets are linked from index.html (copied to public/dsfr by `npm run dsfr-assets`).
startReactDsfr({ defaultColorScheme: 'system', Link });

const app = (
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>
);
const root = document.getElementById('root')!;
// The home page comes pre-rendered (build-tools/vite-prerender.ts): React takes over what is on
// screen. A saved draft makes a different form: that one is rendered afresh.
if (root.hasChildNodes() && window.location.pathname === '/' && !loadDraft()) {
  hydrateRoot(root, app);
} else {
  root.replaceChildren();
  createRoot(root).render(app);
}
