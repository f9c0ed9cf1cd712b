import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { Header } from '@codegouvfr/react-dsfr/Header';
import { Footer } from '@codegouvfr/react-dsfr/Footer';
import { SkipLinks } from '@codegouvfr/react-dsfr/SkipLinks';
import { ACCESSIBILITE_CONFORMITE, ACCESSIBILITE_NIVEAUX } from '@info-parquet/common';
import { SITE_NAME } from './use-page-title';

const brandTop = (
  <>
    Ministère
    <br />
    de la Justice
  </>
);
const homeLinkProps = { to: '/', title: `Accueil – ${SITE_NAME}` };

/** The DSFR frame of every page: skip links, header, main content, footer. */
export function Layout() {
  return (
    <>
      <SkipLinks
        links={[
          { label: 'Contenu', anchor: '#contenu' },
          { label: 'Pied de page', anchor: '#pied-de-page' },
        ]}
      />
      <Header
        brandTop={brandTop}
        serviceTitle={SITE_NAME}
        serviceTagline="Transmettre une saisine au procureur de la République"
        homeLinkProps={homeLinkProps}
        // An agent who lost the tracking link must find the way to a new one from any page.
        quickAccessItems={[{ iconId: 'fr-icon-mail-line', linkProps: { to: '/lien-perdu' }, text: 'Lien de suivi perdu ?' }]}
      />
      <main id="contenu" tabIndex={-1} className="fr-container fr-pt-4w fr-pb-8w">
        <Suspense fallback={<p role="status">Chargement de la page…</p>}>
          <Outlet />
        </Suspense>
      </main>
      <Footer
        id="pied-de-page"
        brandTop={brandTop}
        homeLinkProps={homeLinkProps}
        accessibility={ACCESSIBILITE_NIVEAUX[ACCESSIBILITE_CONFORMITE]}
        accessibilityLinkProps={{ to: '/accessibilite' }}
        termsLinkProps={{ to: '/mentions-legales' }}
        bottomItems={[
          { text: 'Données personnelles', linkProps: { to: '/donnees-personnelles' } },
          { text: 'Statistiques', linkProps: { to: '/statistiques' } },
        ]}
        contentDescription="Info Parquet permet aux administrations et aux agents publics de transmettre leurs signalements, procès-verbaux et plaintes au procureur de la République compétent, et d’en suivre le traitement."
      />
    </>
  );
}
