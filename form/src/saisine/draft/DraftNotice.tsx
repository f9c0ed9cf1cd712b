import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { formatParisDateTime } from '../../lib/format-date';

/** Says that the form was refilled from the browser's draft, that files were not, and offers to start afresh. */
export function DraftNotice({ savedAt, onDiscard }: { savedAt: string; onDiscard: () => void }) {
  const when = savedAt ? ` le ${formatParisDateTime(savedAt)}` : '';
  return (
    <div className={fr.cx('fr-mb-4w')}>
      <Notice
        title="Brouillon restauré"
        description={
          <>
            Les informations saisies{when} dans ce navigateur ont été reprises. Les pièces jointes ne sont pas
            conservées dans le brouillon : ajoutez-les de nouveau avant d’envoyer la saisine.
          </>
        }
      />
      <Button type="button" priority="secondary" size="small" iconId="fr-icon-delete-line" className={fr.cx('fr-mt-2w')} onClick={onDiscard}>
        Effacer le brouillon
      </Button>
    </div>
  );
}
