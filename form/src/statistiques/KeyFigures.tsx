import {
  formatCount,
  formatDuration,
  formatShare,
  INDICATOR_DEFINITIONS,
  type IndicatorId,
  type IndicatorValues,
} from '@info-parquet/common';

/** The headline of each indicator on the public page: one figure, the previous period's, its definition. */
const HEADLINES: Array<{ id: IndicatorId; figure: string; read(values: IndicatorValues): string }> = [
  { id: 'adoption', figure: 'saisines reçues', read: (v) => formatCount(v.received) },
  { id: 'automaticAcknowledgement', figure: 'accusés de réception en moins de 5 minutes', read: (v) => formatShare(v.automaticAcknowledgement.value) },
  { id: 'timeToRegistration', figure: 'délai médian d’enregistrement', read: (v) => formatDuration(v.timeToRegistration.medianSeconds) },
  { id: 'urgentVisibility', figure: 'urgences prises en compte dans le délai cible', read: (v) => formatShare(v.urgentVisibility.withinTarget.value) },
  { id: 'decisionFeedback', figure: 'décisions communiquées à l’administration', read: (v) => formatShare(v.decisionFeedback.communicated.value) },
  { id: 'timeToDecision', figure: 'délai médian de décision', read: (v) => formatDuration(v.timeToDecision.all.medianSeconds) },
  { id: 'firstTimeCompleteness', figure: 'saisines complètes du premier coup', read: (v) => formatShare(v.firstTimeCompleteness.value) },
  { id: 'misrouting', figure: 'saisines transférées à un autre parquet', read: (v) => formatShare(v.misrouting.transferred.value) },
  { id: 'selfServiceFollowUp', figure: 'expéditeurs ayant ouvert leur lien de suivi', read: (v) => formatShare(v.selfServiceFollowUp.opened.value) },
];

export function KeyFigures({ current, previous }: { current: IndicatorValues; previous: IndicatorValues }) {
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      {HEADLINES.map(({ id, figure, read }) => (
        <section key={id} className="fr-col-12 fr-col-md-6 fr-col-lg-4" aria-labelledby={`stat-${id}`}>
          <div className="fr-tile fr-tile--no-icon">
            <div className="fr-tile__body">
              <div className="fr-tile__content">
                <h2 id={`stat-${id}`} className="fr-tile__title fr-h6">
                  {INDICATOR_DEFINITIONS[id].label}
                </h2>
                <p className="fr-h3 fr-mb-0">{read(current)}</p>
                <p className="fr-tile__desc">
                  {figure} · période précédente : {read(previous)}
                </p>
                <p className="fr-tile__detail fr-text--xs">{INDICATOR_DEFINITIONS[id].definition}</p>
              </div>
            </div>
          </div>
        </section>
      ))}
    </div>
  );
}
