import { fr } from '@codegouvfr/react-dsfr';
import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { RadioField } from '../fields/RadioField';
import type { CourtState } from './use-court-routing';

export const ARTICLE_43_HELP =
  'Le parquet compétent est celui du lieu des faits, de la résidence d’une personne soupçonnée ou du lieu de son interpellation (article 43 du code de procédure pénale).';

/** The competent parquet: shown when the commune decides it, chosen by the agent otherwise. */
export function JuridictionChoice({ court }: { court: CourtState }) {
  return (
    <div aria-live="polite">
      <JuridictionChoiceContent court={court} />
    </div>
  );
}

function JuridictionChoiceContent({ court }: { court: CourtState }) {
  switch (court.status) {
    case 'none':
      return null;
    case 'loading':
      return <p className={fr.cx('fr-text--sm')}>Recherche du parquet compétent…</p>;
    case 'certain':
      return (
        <div className={fr.cx('fr-callout', 'fr-mb-4w')}>
          <p className={fr.cx('fr-callout__text')}>
            Parquet compétent : <strong>{court.juridiction.nom}</strong>
          </p>
        </div>
      );
    case 'choice':
      if (court.candidates.length === 0) {
        return (
          <Alert
            small
            severity="warning"
            className={fr.cx('fr-mb-4w')}
            description="Aucun parquet n’a été trouvé pour cette commune : vérifiez la commune des faits."
          />
        );
      }
      return (
        <RadioField
          name="juridictionId"
          legend="Parquet compétent"
          hint={`Plusieurs parquets peuvent être compétents pour cette commune. ${ARTICLE_43_HELP}`}
          required
          options={Object.fromEntries(court.candidates.map((candidate) => [candidate.id, candidate.nom]))}
        />
      );
    case 'error':
      return (
        <Alert
          small
          severity="warning"
          className={fr.cx('fr-mb-4w')}
          description="Le parquet compétent n’a pas pu être déterminé pour l’instant. Vous pouvez tout de même envoyer la saisine : le choix vous sera proposé si nécessaire."
        />
      );
  }
}
