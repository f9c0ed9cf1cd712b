import { fr } from '@codegouvfr/react-dsfr';
import { isSaisineStatus, STATUS_DESCRIPTIONS } from '@info-parquet/common';
import type { Suivi } from '../api/types';
import { formatParisShortDateTime } from '../lib/format-date';

/** Each step the referral went through, with what it means in plain French. */
export function SuiviTimeline({ events }: { events: Suivi['events'] }) {
  return (
    <>
      <h2 id="historique" className={fr.cx('fr-h4')}>
        Historique
      </h2>
      <ol aria-labelledby="historique">
        {events.map((event) => (
          <li key={`${event.at}-${event.status}`} className={fr.cx('fr-mb-2w')}>
            <time dateTime={event.at}>{formatParisShortDateTime(event.at)}</time> : {event.label}
            {isSaisineStatus(event.status) && (
              <p className={fr.cx('fr-text--sm', 'fr-mb-0')}>{STATUS_DESCRIPTIONS[event.status]}</p>
            )}
          </li>
        ))}
      </ol>
    </>
  );
}
