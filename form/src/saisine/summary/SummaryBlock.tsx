import type { ReactNode } from 'react';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';

export interface SummaryRow {
  label: string;
  value: ReactNode;
  /** Agrees with a feminine label (« Adresse des faits » : « Non renseignée »). */
  feminine?: boolean;
}

/** One step of the summary: what the agent entered, and a way back to change it. */
export function SummaryBlock({ id, title, rows, onEdit, children }: {
  id: string;
  title: string;
  rows?: SummaryRow[];
  onEdit: () => void;
  children?: ReactNode;
}) {
  const titleId = `recapitulatif-${id}`;
  return (
    <section className={`ip-summary__block ${fr.cx('fr-mb-4w', 'fr-pb-2w')}`} aria-labelledby={titleId}>
      <div className="ip-summary__header">
        <h3 id={titleId} className="fr-h5 fr-mb-1w">
          {title}
        </h3>
        <Button type="button" priority="tertiary no outline" size="small" iconId="fr-icon-edit-line" onClick={onEdit}>
          Modifier<span className={fr.cx('fr-sr-only')}> : {title.toLowerCase()}</span>
        </Button>
      </div>
      {rows && rows.length > 0 && (
        <dl className="ip-summary__list">
          {rows.map((row) => (
            <div key={row.label} className="ip-summary__row">
              <dt className={fr.cx('fr-text--bold')}>{row.label}</dt>
              <dd>{isEmpty(row.value) ? <span className="ip-summary__empty">{row.feminine ? 'Non renseignée' : 'Non renseigné'}</span> : row.value}</dd>
            </div>
          ))}
        </dl>
      )}
      {children}
    </section>
  );
}

const isEmpty = (value: ReactNode) => value === null || value === undefined || value === false || (typeof value === 'string' && value.trim() === '');
