import { usePageTitle } from './use-page-title';

/** The accessibility statement that the footer must link to (RGAA); no audit has been made yet. */
export function AccessibilitePage() {
  usePageTitle('Déclaration d’accessibilité');
  return (
    <>
      <h1>Déclaration d’accessibilité</h1>
      <p>
        Info Parquet est <strong>non conforme</strong> au référentiel général d’amélioration de l’accessibilité
        (RGAA) : le service n’a pas encore fait l’objet d’un audit de conformité.
      </p>
      <p>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, contactez le bureau d’ordre du parquet
        concerné pour être orienté vers une alternative accessible.
      </p>
    </>
  );
}
