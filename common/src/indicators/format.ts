import type { MaskedCount } from './contract';

/**
 * How the dashboards and the public page write figures, in French: one rule for both.
 * A figure that cannot be shown (no referral, or fewer than 5 outside the court) is « — ».
 */
export const NOT_AVAILABLE = '—';

const integer = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('fr-FR', { maximumFractionDigits: 1 });

export function formatCount(count: MaskedCount | null | undefined): string {
  if (count === null || count === undefined) return NOT_AVAILABLE;
  return count === '<5' ? '< 5' : integer.format(count);
}

/** 0.4286 → « 42,9 % » (one decimal under 10 %, none above). */
export function formatShare(value: number | null | undefined): string {
  if (value === null || value === undefined) return NOT_AVAILABLE;
  const percent = value * 100;
  return `${(percent < 10 && percent > 0 ? oneDecimal : integer).format(percent)} %`;
}

/** Seconds as a reader thinks of a delay: « 45 min », « 3,5 h », « 12 j ». */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined) return NOT_AVAILABLE;
  if (seconds < 3_600) return `${integer.format(Math.round(seconds / 60))} min`;
  if (seconds < 48 * 3_600) return `${oneDecimal.format(seconds / 3_600)} h`;
  return `${oneDecimal.format(seconds / 86_400)} j`;
}

/** A histogram bin's bounds: « 1 h à 4 h », « 30 j et plus ». */
export function formatDurationRange(from: number, to: number | undefined): string {
  if (to === undefined) return `${formatDuration(from)} et plus`;
  return from === 0 ? `moins de ${formatDuration(to)}` : `${formatDuration(from)} à ${formatDuration(to)}`;
}

/** A `YYYY-MM-DD` date as « 02/03/2026 ». */
export function formatIsoDateFr(date: string): string {
  const [year, month, day] = date.split('-');
  return `${day}/${month}/${year}`;
}

/** A CSV for a spreadsheet in French: `;` between fields, quotes where needed, a BOM for Excel. */
export function toCsv(header: string[], rows: Array<Array<string | number | null | undefined>>): string {
  const cell = (value: string | number | null | undefined) => {
    const text = value === null || value === undefined ? '' : String(value);
    // A leading =, +, - or @ would be read as a formula by a spreadsheet.
    const safe = /^[=+\-@]/.test(text) && typeof value === 'string' ? `'${text}` : text;
    return /[";\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
  };
  return `\uFEFF${[header, ...rows].map((row) => row.map(cell).join(';')).join('\r\n')}\r\n`;
}

/** A masked count as a CSV cell: the number, or « < 5 ». */
export const csvCount = (count: MaskedCount) => (count === '<5' ? '< 5' : count);
/** A share as a CSV cell: a ratio with a decimal point, as spreadsheets read it, or empty. */
export const csvShare = (value: number | null) => (value === null ? '' : Number(value.toFixed(4)));
