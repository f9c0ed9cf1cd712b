import { useState } from 'react';
import { ADMINISTRATION_KIND_LABELS, formatIsoDateFr, formatParisShortDateTime, SMALL_COUNT_RULE } from '@info-parquet/common';
import { usePageTitle } from '../layout/use-page-title';
import { KeyFigures } from './KeyFigures';
import { PERIOD_PRESETS, presetQuery } from './period-presets';
import { SeriesTable } from './SeriesTable';
import { useStatistiques } from './use-statistiques';

/** `/statistiques`: the service's public figures, national only, no sign-in. */
export function StatistiquesPage() {
  usePageTitle('Statistiques');
  const [preset, setPreset] = useState('13-semaines');
  const [administrationKind, setAdministrationKind] = useState('');
  const state = useStatistiques({ ...presetQuery(preset), administrationKind });
  return (
    <>
      <h1>Statistiques d’Info Parquet</h1>
      <p className="fr-text--lead">
        Info Parquet transmet aux procureurs de la République les signalements, procès-verbaux et plaintes des administrations. Ces chiffres,
        nationaux, disent si le service tient ses promesses : accusé de réception immédiat, urgences vues à temps, décisions communiquées.
      </p>
      <form className="fr-grid-row fr-grid-row--gutters fr-mb-4w" aria-label="Choix des statistiques" onSubmit={(event) => event.preventDefault()}>
        <div className="fr-col-12 fr-col-md-6 fr-select-group">
          <label className="fr-label" htmlFor="stat-periode">
            Période
          </label>
          <select id="stat-periode" className="fr-select" value={preset} onChange={(event) => setPreset(event.target.value)}>
            {Object.entries(PERIOD_PRESETS).map(([value, { label }]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
        <div className="fr-col-12 fr-col-md-6 fr-select-group">
          <label className="fr-label" htmlFor="stat-administration">
            Type d’administration
          </label>
          <select id="stat-administration" className="fr-select" value={administrationKind} onChange={(event) => setAdministrationKind(event.target.value)}>
            <option value="">Toutes les administrations</option>
            {Object.entries(ADMINISTRATION_KIND_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </form>
      <div aria-live="polite">
        {state.status === 'loading' && <p role="status">Chargement des statistiques…</p>}
        {state.status === 'error' && (
          <div className="fr-alert fr-alert--error fr-mb-4w">
            <p>Les statistiques ne sont pas disponibles pour le moment : {state.message}</p>
          </div>
        )}
        {state.status === 'found' && (
          <>
            <p>
              Saisines reçues du {formatIsoDateFr(state.data.period.from)} au {formatIsoDateFr(state.data.period.to)}, comparées à la période précédente
              (du {formatIsoDateFr(state.data.previousPeriod.from)} au {formatIsoDateFr(state.data.previousPeriod.to)}). Chiffres calculés le{' '}
              {formatParisShortDateTime(state.data.generatedAt)}.
            </p>
            <KeyFigures current={state.data.current} previous={state.data.previous} />
            <SeriesTable data={state.data} />
          </>
        )}
      </div>
      <p className="fr-text--sm fr-mt-4w">
        Aucune donnée personnelle n’est publiée : seulement des totaux nationaux. {SMALL_COUNT_RULE}
      </p>
    </>
  );
}
