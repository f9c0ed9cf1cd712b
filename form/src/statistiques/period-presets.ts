import { addDays, todayInParis, type SeriesGranularity } from '@info-parquet/common';

/** The periods the public page offers: recent weeks, or a year by month. */
export const PERIOD_PRESETS: Record<string, { label: string; days: number; granularity: SeriesGranularity }> = {
  '13-semaines': { label: 'Les 13 dernières semaines', days: 91, granularity: 'week' },
  '12-mois': { label: 'Les 12 derniers mois', days: 365, granularity: 'month' },
};

export function presetQuery(preset: string, now = new Date()): Record<string, string> {
  const chosen = PERIOD_PRESETS[preset] ?? PERIOD_PRESETS['13-semaines'];
  const to = todayInParis(now);
  return { from: addDays(to, -(chosen.days - 1)), to, granularity: chosen.granularity };
}
