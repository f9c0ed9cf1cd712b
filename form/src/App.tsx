import { lazy } from 'react';
import { Route, Routes } from 'react-router';
import { Layout } from './layout/Layout';
import { NotFoundPage } from './layout/NotFoundPage';
import { SaisinePage } from './saisine/SaisinePage';

// The form (home page) comes with the first download; the other pages when first visited.
const SuiviPage = lazy(() => import('./suivi/SuiviPage').then((module) => ({ default: module.SuiviPage })));
const LienPerduPage = lazy(() => import('./suivi/LienPerduPage').then((module) => ({ default: module.LienPerduPage })));
const AccessibilitePage = lazy(() => import('./layout/AccessibilitePage').then((module) => ({ default: module.AccessibilitePage })));
const MentionsLegalesPage = lazy(() => import('./legal/MentionsLegalesPage').then((module) => ({ default: module.MentionsLegalesPage })));
const DonneesPersonnellesPage = lazy(() => import('./legal/DonneesPersonnellesPage').then((module) => ({ default: module.DonneesPersonnellesPage })));
const StatistiquesPage = lazy(() => import('./statistiques/StatistiquesPage').then((module) => ({ default: module.StatistiquesPage })));

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
        <Route path="mentions-legales" element={<MentionsLegalesPage />} />
        <Route path="donnees-personnelles" element={<DonneesPersonnellesPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
