import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { startReactDsfr } from '@codegouvfr/react-dsfr/spa';
import { Link } from './dsfr-link';
import { App } from './App';

// The DSFR stylesheets are linked from index.html (copied to public/dsfr by `npm run dsfr-assets`).
startReactDsfr({ defaultColorScheme: 'system', Link });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>,
);
