import { Link } from 'react-router';
import { usePageTitle } from './use-page-title';

export function NotFoundPage() {
  usePageTitle('Page non trouvée');
  return (
    <>
      <h1>Page non trouvée</h1>
      <p>La page que vous cherchez n’existe pas ou a été déplacée.</p>
      <p>
        <Link className="fr-link" to="/">
          Transmettre une saisine
        </Link>
      </p>
    </>
  );
}
