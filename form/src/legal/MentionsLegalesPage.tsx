import { Link } from 'react-router';
import { LegalPage } from './LegalPage';

/** « Mentions légales » (loi pour la confiance dans l’économie numérique, art. 6). */
export function MentionsLegalesPage() {
  return (
    <LegalPage title="Mentions légales">
      {(info) => (
        <>
          <h2>Éditeur</h2>
          <p>
            {info.editeur}
            <br />
            {info.adresse}
          </p>
          <h2>Directeur de la publication</h2>
          <p>{info.directeurPublication}</p>
          <h2>Hébergement</h2>
          <p>{info.hebergeur}</p>
          <h2>Nous contacter</h2>
          <p>{info.contact}</p>
          <h2>Objet du service</h2>
          <p>
            Info Parquet permet aux administrations et aux agents publics de transmettre au procureur de la République
            compétent les faits dont ils ont connaissance dans l’exercice de leurs fonctions (article 40 du code de
            procédure pénale), leurs procès-verbaux et leurs plaintes, et d’en suivre le traitement.
          </p>
          <h2>Données personnelles et cookies</h2>
          <p>
            Le traitement des données est décrit à la page <Link to="/donnees-personnelles">Données personnelles</Link>. Le
            formulaire ne dépose aucun cookie et n’utilise aucun outil de mesure d’audience ; le brouillon d’une saisine
            est gardé dans votre navigateur seulement. L’espace des juridictions dépose un cookie de session, nécessaire
            à la connexion.
          </p>
          <h2>Accessibilité</h2>
          <p>
            La conformité du service au référentiel général d’amélioration de l’accessibilité est décrite dans la{' '}
            <Link to="/accessibilite">déclaration d’accessibilité</Link>.
          </p>
          <h2>Propriété intellectuelle</h2>
          <p>
            Le code source d’Info Parquet est publié sous licence MIT. La marque de l’État et le système de design de
            l’État sont utilisés selon leurs conditions d’utilisation.
          </p>
        </>
      )}
    </LegalPage>
  );
}
