import {
  CHANNEL_LABELS,
  CHANNELS,
  csvCount,
  csvShare,
  formatCount,
  formatDuration,
  formatIsoDateFr,
  formatShare,
  type MaskedCount,
  type SeriesGranularity,
  type SeriesPoint,
} from '@info-parquet/common';
import type { ChartTable } from './ChartPanel';

/** The shares a series follows, with their names (chart legend, table, CSV). */
export const SERIES_SHARES = [
  ['automaticAcknowledgementShare', 'Accusé de réception en moins de 5 min'],
  ['urgentWithinTargetShare', 'Urgences prises en compte dans le délai'],
  ['communicatedShare', 'Décisions communiquées'],
  ['firstTimeCompletenessShare', 'Sans demande de complément'],
  ['transferredShare', 'Transférées'],
  ['trackingOpenedShare', 'Lien de suivi ouvert'],
] as const satisfies ReadonlyArray<readonly [keyof SeriesPoint, string]>;

export const stepLabel = (granularity: SeriesGranularity) => (granularity === 'week' ? 'Semaine du' : 'Mois de');

/** A masked count on a chart: « < 5 » cannot be drawn, so it is left out (the table says « < 5 »). */
export const plotted = (count: MaskedCount) => (count === '<5' ? null : count);

export function channelsTable(points: SeriesPoint[], granularity: SeriesGranularity): ChartTable {
  return {
    header: [stepLabel(granularity), 'Total', ...CHANNELS.map((channel) => CHANNEL_LABELS[channel])],
    rows: points.map((p) => [formatIsoDateFr(p.start), formatCount(p.received), ...CHANNELS.map((channel) => formatCount(p.byChannel[channel]))]),
    csvRows: points.map((p) => [p.start, csvCount(p.received), ...CHANNELS.map((channel) => csvCount(p.byChannel[channel]))]),
  };
}

export function registrationTable(points: SeriesPoint[], granularity: SeriesGranularity): ChartTable {
  return {
    header: [stepLabel(granularity), 'Médiane', '90e centile'],
    rows: points.map((p) => [formatIsoDateFr(p.start), formatDuration(p.timeToRegistrationMedianSeconds), formatDuration(p.timeToRegistrationP90Seconds)]),
    csvRows: points.map((p) => [p.start, p.timeToRegistrationMedianSeconds, p.timeToRegistrationP90Seconds]),
  };
}

export function sharesTable(points: SeriesPoint[], granularity: SeriesGranularity): ChartTable {
  return {
    header: [stepLabel(granularity), ...SERIES_SHARES.map(([, label]) => label)],
    rows: points.map((p) => [formatIsoDateFr(p.start), ...SERIES_SHARES.map(([key]) => formatShare(p[key] as number | null))]),
    csvRows: points.map((p) => [p.start, ...SERIES_SHARES.map(([key]) => csvShare(p[key] as number | null))]),
  };
}
