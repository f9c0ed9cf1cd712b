import {
  csvCount,
  csvShare,
  formatCount,
  formatDuration,
  formatIsoDateFr,
  formatShare,
  toCsv,
  type IndicatorsResponse,
} from '@info-parquet/common';
import { SeriesBars } from './SeriesBars';

const HEADER = ['Saisines reçues', 'Délai médian d’enregistrement', 'Accusé de réception en moins de 5 min', 'Décisions communiquées', 'Lien de suivi ouvert'];

function downloadCsv(data: IndicatorsResponse) {
  const csv = toCsv(
    [data.series.granularity === 'week' ? 'Semaine du' : 'Mois de', HEADER[0], 'Délai médian d’enregistrement (secondes)', ...HEADER.slice(2)],
    data.series.points.map((p) => [
      p.start,
      csvCount(p.received),
      p.timeToRegistrationMedianSeconds,
      csvShare(p.automaticAcknowledgementShare),
      csvShare(p.communicatedShare),
      csvShare(p.trackingOpenedShare),
    ]),
  );
  const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = `info-parquet-statistiques-${data.period.from}-${data.period.to}.csv`;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The period step by step: a drawing of the referrals received, then the table of every figure, and its CSV. */
export function SeriesTable({ data }: { data: IndicatorsResponse }) {
  const stepLabel = data.series.granularity === 'week' ? 'Semaine du' : 'Mois de';
  return (
    <section aria-labelledby="stat-evolution" className="fr-mt-6w">
      <h2 id="stat-evolution">Évolution {data.series.granularity === 'week' ? 'par semaine' : 'par mois'} de réception</h2>
      <SeriesBars points={data.series.points} />
      <div className="fr-table fr-table--no-caption">
        <div className="fr-table__wrapper">
          <div className="fr-table__container">
            <div className="fr-table__content">
              <table>
                <caption>Évolution des indicateurs</caption>
                <thead>
                  <tr>
                    <th scope="col">{stepLabel}</th>
                    {HEADER.map((cell) => (
                      <th key={cell} scope="col">
                        {cell}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {data.series.points.map((p) => (
                    <tr key={p.start}>
                      <th scope="row">{formatIsoDateFr(p.start)}</th>
                      <td>{formatCount(p.received)}</td>
                      <td>{formatDuration(p.timeToRegistrationMedianSeconds)}</td>
                      <td>{formatShare(p.automaticAcknowledgementShare)}</td>
                      <td>{formatShare(p.communicatedShare)}</td>
                      <td>{formatShare(p.trackingOpenedShare)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        </div>
      </div>
      <button type="button" className="fr-btn fr-btn--secondary fr-icon-download-line fr-btn--icon-left" onClick={() => downloadCsv(data)}>
        Télécharger les données (CSV)
      </button>
    </section>
  );
}
