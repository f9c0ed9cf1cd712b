/**
 * CSV for French spreadsheet software: `;` between cells, CRLF between lines, UTF-8 with a byte
 * order mark (without it, Excel reads the accents as Windows-1252).
 */
export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';

// A cell starting with one of these is run as a formula by spreadsheet software (CSV injection).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[";\r\n]/;

export function csvCell(value: string | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvLine(cells: Array<string | null | undefined>): string {
  return `${cells.map(csvCell).join(CSV_SEPARATOR)}\r\n`;
}
