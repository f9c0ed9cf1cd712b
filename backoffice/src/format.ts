import { formatParisShortDateTime } from '@info-parquet/common';

/** Dates as a French court reads them; instants always in Paris time (sizes: common's `formatBytes`). */
const PARIS = 'Europe/Paris';

/** Also the options of react-admin's `<DateField showTime>`, so lists and pages agree. */
export const DATE_TIME_OPTIONS: Intl.DateTimeFormatOptions = {
  timeZone: PARIS,
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
};

/** An instant (ISO string) as `14/09/2026 16:05`, or an empty string. */
export const formatDateTime = formatParisShortDateTime;

/** A calendar date (`YYYY-MM-DD`) as `14/09/2026`, without any time zone that could shift it. */
export function formatIsoDate(value: string | null | undefined): string {
  if (!value) return '';
  const [year, month, day] = value.split('-');
  return year && month && day ? `${day}/${month}/${year}` : value;
}
