import { Stack } from '@mui/material';
import { BarChart } from '@mui/x-charts/BarChart';
import { LineChart } from '@mui/x-charts/LineChart';
import { CHANNEL_LABELS, CHANNELS, formatIsoDateFr, formatShare, type IndicatorsResponse } from '@info-parquet/common';
import { ChartPanel } from './ChartPanel';
import { SERIES_SHARES, channelsTable, plotted, registrationTable, sharesTable } from './seriesTables';

const HEIGHT = 280;

/** The period step by step (week or month of receipt): adoption by channel, time to registration, the shares. */
export const SeriesCharts = ({ data, fileStem }: { data: IndicatorsResponse; fileStem: string }) => {
  const { points, granularity } = data.series;
  const steps = points.map((point) => formatIsoDateFr(point.start));
  const xAxis = [{ scaleType: 'band' as const, data: steps, label: granularity === 'week' ? 'Semaine de réception' : 'Mois de réception' }];
  const hours = (seconds: number | null) => (seconds === null ? null : Math.round((seconds / 3600) * 10) / 10);
  return (
    <Stack spacing={2}>
      <ChartPanel title="Saisines reçues par canal" fileName={`${fileStem}-saisines-par-canal.csv`} table={channelsTable(points, granularity)}>
        <BarChart
          height={HEIGHT}
          xAxis={xAxis}
          series={CHANNELS.map((channel) => ({ label: CHANNEL_LABELS[channel], stack: 'canal', data: points.map((p) => plotted(p.byChannel[channel])) }))}
        />
      </ChartPanel>
      <ChartPanel
        title="Délai d’enregistrement (heures)"
        description="Médiane et 90e centile, par semaine ou mois de réception."
        fileName={`${fileStem}-delai-enregistrement.csv`}
        table={registrationTable(points, granularity)}
      >
        <LineChart
          height={HEIGHT}
          xAxis={[{ ...xAxis[0], scaleType: 'point' as const }]}
          series={[
            { label: 'Médiane', data: points.map((p) => hours(p.timeToRegistrationMedianSeconds)), connectNulls: true },
            { label: '90e centile', data: points.map((p) => hours(p.timeToRegistrationP90Seconds)), connectNulls: true },
          ]}
        />
      </ChartPanel>
      <ChartPanel title="Parts suivies (%)" fileName={`${fileStem}-parts.csv`} table={sharesTable(points, granularity)}>
        <LineChart
          height={HEIGHT + 60}
          xAxis={[{ ...xAxis[0], scaleType: 'point' as const }]}
          yAxis={[{ min: 0, max: 100 }]}
          series={SERIES_SHARES.map(([key, label]) => ({
            label,
            data: points.map((p) => (p[key] === null ? null : Math.round((p[key] as number) * 1000) / 10)),
            valueFormatter: (value: number | null) => formatShare(value === null ? null : value / 100),
          }))}
        />
      </ChartPanel>
    </Stack>
  );
};
