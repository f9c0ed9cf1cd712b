import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { formatBytes } from '@info-parquet/common';
import type { PieceItem } from './use-pieces-jointes';

function ProgressBar({ name, percent }: { name: string; percent: number }) {
  return (
    <div
      className="ip-progress"
      role="progressbar"
      aria-label={`Envoi de « ${name} »`}
      aria-valuemin={0}
      aria-valuemax={100}
      aria-valuenow={percent}
      aria-valuetext={`${percent} %`}
    >
      <div className="ip-progress__bar" style={{ width: `${percent}%` }} />
    </div>
  );
}

/** One chosen file: its progress, then its SHA-256 fingerprint or why it was refused. */
export function PieceJointeItem({ item, onRemove }: { item: PieceItem; onRemove: () => void }) {
  const percent = item.status === 'uploading' ? item.percent : 0;
  return (
    <li className={fr.cx('fr-mb-2w')} data-testid="piece-jointe">
      <p className={fr.cx('fr-mb-1v', 'fr-text--bold')}>
        {item.name} <span className={fr.cx('fr-text--sm', 'fr-text--regular')}>({formatBytes(item.size)})</span>
      </p>
      {item.status === 'uploading' && (
        <>
          <ProgressBar name={item.name} percent={percent} />
          <p className={fr.cx('fr-text--sm', 'fr-mb-1v')}>Envoi en cours : {percent} %</p>
        </>
      )}
      {item.status === 'done' && (
        <p className={fr.cx('fr-message', 'fr-message--valid', 'fr-mb-1v')}>
          Fichier reçu. Empreinte SHA-256 :&nbsp;<code className="ip-piece__hash">{item.piece.sha256}</code>
        </p>
      )}
      {item.status === 'error' && <p className={fr.cx('fr-message', 'fr-message--error', 'fr-mb-1v')}>{item.message}</p>}
      <Button type="button" priority="tertiary no outline" size="small" iconId="fr-icon-delete-line" onClick={onRemove}>
        {item.status === 'uploading' ? 'Annuler' : 'Retirer'}
        <span className={fr.cx('fr-sr-only')}> « {item.name} »</span>
      </Button>
    </li>
  );
}
