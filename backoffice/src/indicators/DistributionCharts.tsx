import { Grid } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { csvCount, formatCount, formatDurationRange, type Distribution, type IndicatorsResponse } from '@info-parquet/common';
import { ChartPanel, type ChartTable } from './ChartPanel';
import { plotted } from './seriesTables';

const DISTRIBUTIONS = [
  ['timeToRegistration', 'Répartition des délais d’enregistrement', 'delais-enregistrement'],
  ['timeToDecision', 'Répartition des délais de décision', 'delais-decision'],
  ['urgentTimeToTakeIntoAccount', 'Répartition des délais de prise en compte des urgences', 'delais-urgences'],
] as const;

const binLabels = (distribution: Distribution) =>
  distribution.edgesSeconds.map((edge, index) => formatDurationRange(edge, distribution.edgesSeconds[index + 1]));

function distributionTable(distribution: Distribution): ChartTable {
  const labels = binLabels(distribution);
  return {
    header: ['Délai', 'Saisines'],
    rows: labels.map((label, index) => [label, formatCount(distribution.bins[index])]),
    csvRows: labels.map((label, index) => [label, csvCount(distribution.bins[index])]),
  };
}

/** Histograms: where a median alone would hide the long tail. */
export const DistributionCharts = ({ data, fileStem }: { data: IndicatorsResponse; fileStem: string }) => (
  <Grid container spacing={2}>
    {DISTRIBUTIONS.map(([key, title, file]) => {
      const distribution = data.distributions[key];
      return (
        <Grid key={key} size={{ xs: 12, lg: 4 }}>
          <ChartPanel title={title} fileName={`${fileStem}-${file}.csv`} table={distributionTable(distribution)}>
            <BarChart
              height={260}
              xAxis={[{ scaleType: 'band', data: binLabels(distribution), tickLabelStyle: { fontSize: 11 } }]}
              series={[{ label: 'Saisines', data: distribution.bins.map(plotted) }]}
              hideLegend
            />
          </ChartPanel>
        </Grid>
      );
    })}
  </Grid>
);
