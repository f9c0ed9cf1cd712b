import { isIsoDate } from '../dates';
import type { IndicatorPeriod, SeriesGranularity } from './contract';

/** The default period: the last 13 weeks, today included. */
export const INDICATOR_DEFAULT_DAYS = 91;
/** The longest period one request may ask for (three years). */
export const INDICATOR_MAX_DAYS = 3 * 366;

const DAY_MS = 86_400_000;
const toTime = (date: string) => Date.parse(`${date}T00:00:00Z`);
const fromTime = (time: number) => new Date(time).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return fromTime(toTime(date) + days * DAY_MS);
}

/** How many calendar days a period covers, both bounds included. */
export function periodDays(period: IndicatorPeriod): number {
  return Math.round((toTime(period.to) - toTime(period.from)) / DAY_MS) + 1;
}

export function defaultIndicatorPeriod(today: string): IndicatorPeriod {
  return { from: addDays(today, -(INDICATOR_DEFAULT_DAYS - 1)), to: today };
}

/** The period of the same length that ends the day before `period` starts. */
export function previousPeriod(period: IndicatorPeriod): IndicatorPeriod {
  const to = addDays(period.from, -1);
  return { from: addDays(to, -(periodDays(period) - 1)), to };
}

/** The first day of the week (Monday) or month holding `date`. */
export function stepStart(date: string, granularity: SeriesGranularity): string {
  if (granularity === 'month') return `${date.slice(0, 7)}-01`;
  const weekday = (new Date(toTime(date)).getUTCDay() + 6) % 7;
  return addDays(date, -weekday);
}

/** Every step of a series over the period, in order (the first may start before the period). */
export function seriesStarts(period: IndicatorPeriod, granularity: SeriesGranularity): string[] {
  const starts: string[] = [];
  let current = stepStart(period.from, granularity);
  while (current <= period.to) {
    starts.push(current);
    if (granularity === 'week') current = addDays(current, 7);
    else {
      const [year, month] = current.split('-').map(Number);
      current = month === 12 ? `${year + 1}-01-01` : `${year}-${String(month + 1).padStart(2, '0')}-01`;
    }
  }
  return starts;
}

/** A period's problems, in French, by field (empty when valid). */
export function checkIndicatorPeriod(from: string, to: string): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!isIsoDate(from)) errors.from = 'La date de début doit être une date valide au format AAAA-MM-JJ.';
  if (!isIsoDate(to)) errors.to = 'La date de fin doit être une date valide au format AAAA-MM-JJ.';
  if (Object.keys(errors).length) return errors;
  if (from > to) errors.to = 'La date de fin doit être postérieure ou égale à la date de début.';
  else if (periodDays({ from, to }) > INDICATOR_MAX_DAYS) errors.to = 'La période ne peut pas dépasser trois ans.';
  return errors;
}
