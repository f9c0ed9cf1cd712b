import { fr } from '@codegouvfr/react-dsfr';
import { formatBytes } from '@info-parquet/common';
import type { SuiviMessage } from '../api/types';
import { formatParisDateTime } from '../lib/format-date';

/** The exchange with the court: its requests for more and the sender's answers, oldest first. */
export function SuiviThread({ thread }: { thread: SuiviMessage[] }) {
  if (thread.length === 0) return null;
  return (
    <section className={fr.cx('fr-my-4w')} aria-labelledby="suivi-echanges">
      <h2 id="suivi-echanges" className="fr-h4">
        Échanges avec le parquet
      </h2>
      <ol className={fr.cx('fr-raw-list')} aria-label="Échanges">
        {thread.map((entry, index) => (
          <li key={index} className={fr.cx('fr-mb-3w')}>
            <p className={fr.cx('fr-text--bold', 'fr-mb-1v')}>
              {entry.from === 'parquet' ? `Demande de complément — ${entry.authorLabel}` : `Votre message — ${entry.authorLabel}`}
              {', le '}
              <time dateTime={entry.at}>{formatParisDateTime(entry.at)}</time>
            </p>
            {entry.message && <p style={{ whiteSpace: 'pre-wrap' }}>{entry.message}</p>}
            {entry.pieces.length > 0 && (
              <ul aria-label="Pièces jointes au message">
                {entry.pieces.map((piece) => (
                  <li key={piece.sha256 + piece.originalName}>
                    {piece.originalName} ({formatBytes(piece.sizeBytes)})
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
