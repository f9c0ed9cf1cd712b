import { fr } from '@codegouvfr/react-dsfr';
import { formatBytes } from '@info-parquet/common';
import type { PieceJointe } from '../api/types';

/** The documents the parquet received, each with its SHA-256 fingerprint (proof of what was sent). */
export function ReceiptPieces({ pieces }: { pieces: PieceJointe[] }) {
  if (pieces.length === 0) return <>Aucune pièce jointe.</>;
  return (
    <ul className={fr.cx('fr-mb-0')} aria-label="Pièces jointes reçues">
      {pieces.map((piece) => (
        <li key={piece.id}>
          {piece.originalName} ({formatBytes(piece.sizeBytes)})
          <br />
          <span className={fr.cx('fr-text--sm')}>
            SHA-256 : <code style={{ wordBreak: 'break-all' }}>{piece.sha256}</code>
          </span>
        </li>
      ))}
    </ul>
  );
}
