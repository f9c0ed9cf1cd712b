/** Dates and sizes as a French court reads them; instants always in Paris time. */
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

const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', DATE_TIME_OPTIONS);

/** An instant (ISO string) as `14/09/2026 16:05`, or an empty string. */
export function formatDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? '' : dateTimeFormat.format(date);
}

/** A calendar date (`YYYY-MM-DD`) as `14/09/2026`, without any time zone that could shift it. */
export function formatIsoDate(value: string | null | undefined): string {
  if (!value) return '';
  const [year, month, day] = value.split('-');
  return year && month && day ? `${day}/${month}/${year}` : value;
}

const sizeFormat = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

/** A file size in French units: `820 octets`, `12,5 Ko`, `3,2 Mo`. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} octet${bytes > 1 ? 's' : ''}`;
  if (bytes < 1024 * 1024) return `${sizeFormat.format(bytes / 1024)} Ko`;
  return `${sizeFormat.format(bytes / (1024 * 1024))} Mo`;
}
