import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import type { useStepNavigation } from './use-step-navigation';

const UPLOAD_WAIT_ID = 'attente-pieces-jointes';

interface StepButtonsProps {
  navigation: ReturnType<typeof useStepNavigation>;
  sending: boolean;
  uploading: boolean;
}

/** "Précédent" never checks nor loses anything; the submit button is "Suivant", or "Envoyer" on the summary. */
export function StepButtons({ navigation, sending, uploading }: StepButtonsProps) {
  const { index, isSummary, editing } = navigation;
  return (
    <>
      <ul className={fr.cx('fr-btns-group', 'fr-btns-group--inline-md', 'fr-btns-group--icon-left', 'fr-mt-4w')}>
        {index > 0 && (
          <li>
            <Button type="button" priority="secondary" iconId="fr-icon-arrow-left-line" onClick={navigation.previous}>
              Précédent
            </Button>
          </li>
        )}
        <li>
          {isSummary ? (
            <Button
              type="submit"
              disabled={sending || uploading}
              iconId="fr-icon-send-plane-line"
              nativeButtonProps={{ 'aria-describedby': uploading ? UPLOAD_WAIT_ID : undefined }}
            >
              {sending ? 'Envoi en cours…' : 'Envoyer la saisine'}
            </Button>
          ) : (
            <Button type="submit" iconId={editing ? 'fr-icon-check-line' : 'fr-icon-arrow-right-line'}>
              {editing ? 'Revenir au récapitulatif' : 'Suivant'}
            </Button>
          )}
        </li>
      </ul>
      {isSummary && (
        <p id={UPLOAD_WAIT_ID} aria-live="polite" className={fr.cx('fr-text--sm', 'fr-mt-1w')}>
          {uploading && 'Envoi des pièces jointes en cours : attendez qu’il se termine pour envoyer la saisine.'}
        </p>
      )}
    </>
  );
}
