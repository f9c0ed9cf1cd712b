import { Route, Routes } from 'react-router';
import { Layout } from './layout/Layout';
import { AccessibilitePage } from './layout/AccessibilitePage';
import { NotFoundPage } from './layout/NotFoundPage';
import { SaisinePage } from './saisine/SaisinePage';
import { SuiviPage } from './suivi/SuiviPage';
import { LienPerduPage } from './suivi/LienPerduPage';
import { StatistiquesPage } from './statistiques/StatistiquesPage';

/** The public pages; the router itself is given by main.tsx (browser) or the tests (memory). */
export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route index element={<SaisinePage />} />
        <Route path="suivi/:token" element={<SuiviPage />} />
        <Route path="lien-perdu" element={<LienPerduPage />} />
        <Route path="accessibilite" element={<AccessibilitePage />} />
        <Route path="statistiques" element={<StatistiquesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
