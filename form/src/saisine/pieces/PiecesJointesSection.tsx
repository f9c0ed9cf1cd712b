import { fr } from '@codegouvfr/react-dsfr';
import { Upload } from '@codegouvfr/react-dsfr/Upload';
import {
  formatBytes,
  PIECE_JOINTE_ACCEPT,
  PIECE_JOINTE_MAX_BYTES,
  PIECE_JOINTE_TYPES_TEXT,
  SAISINE_PIECES_JOINTES_MAX_BYTES,
} from '@info-parquet/common';
import { PieceJointeItem } from './PieceJointeItem';
import type { PiecesJointes } from './use-pieces-jointes';
import './pieces-jointes.css';

const HINT =
  `Facultatif. Au plus ${formatBytes(PIECE_JOINTE_MAX_BYTES)} par fichier et ${formatBytes(SAISINE_PIECES_JOINTES_MAX_BYTES)} au total. ` +
  `Formats acceptés : ${PIECE_JOINTE_TYPES_TEXT}. Plusieurs fichiers possibles.`;

function summary(items: PiecesJointes['items']): string {
  const done = items.filter((item) => item.status === 'done').length;
  const uploading = items.filter((item) => item.status === 'uploading').length;
  const parts = [`${done} fichier${done > 1 ? 's' : ''} reçu${done > 1 ? 's' : ''}`];
  if (uploading > 0) parts.push(`${uploading} en cours d’envoi`);
  return `${parts.join(', ')}.`;
}

/** The documents (the step's title is the heading): each file is sent as soon as chosen, and its fingerprint shown. */
export function PiecesJointesSection({ pieces, draftNotice = true }: {
  pieces: PiecesJointes;
  /** The tracking page has no draft: the notice about it would only confuse. */
  draftNotice?: boolean;
}) {
  return (
    <>
      <Upload
        label="Ajouter des fichiers"
        hint={HINT}
        multiple
        nativeInputProps={{
          accept: PIECE_JOINTE_ACCEPT,
          onChange: (event) => {
            const input = event.currentTarget;
            if (input.files) pieces.addFiles(Array.from(input.files));
            // The same file may be chosen again after a removal.
            input.value = '';
          },
        }}
      />
      {draftNotice && (
        <p className={fr.cx('fr-text--sm', 'fr-mt-1w')}>
          Les fichiers ne sont pas conservés dans le brouillon : après un rechargement de la page, ajoutez-les de nouveau.
        </p>
      )}
      {pieces.items.length > 0 && (
        <>
          <ul className={fr.cx('fr-raw-list', 'fr-mt-2w')} aria-label="Fichiers choisis">
            {pieces.items.map((item) => (
              <PieceJointeItem key={item.key} item={item} onRemove={() => pieces.remove(item.key)} />
            ))}
          </ul>
          <p role="status" className={fr.cx('fr-text--sm')}>
            {summary(pieces.items)}
          </p>
        </>
      )}
    </>
  );
}
