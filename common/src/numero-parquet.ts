/**
 * The court's own case number (numéro parquet), as its case system gives it: two-digit year, day
 * of the year, order of the day — `26/123/45` (the demo generator makes the same). The compact
 * eleven-digit form `26123000045` is accepted too and stored in the canonical form, so that one
 * number can never be registered twice under two spellings.
 */
export const NUMERO_PARQUET_PATTERN = /^\d{2}\/\d{3}\/\d{1,6}$/;
export const NUMERO_PARQUET_MESSAGE =
  'Le numéro parquet doit avoir la forme AA/JJJ/N (année, jour de l’année, rang du jour), par exemple 26/123/45.';

const SPELLINGS = [/^(\d{2})\s*\/\s*(\d{3})\s*\/\s*(\d{1,6})$/, /^(\d{2})(\d{3})(\d{6})$/];

/** The canonical spelling of a numéro parquet, or null when it is not one. */
export function normalizeNumeroParquet(input: string): string | null {
  const text = input.trim();
  for (const spelling of SPELLINGS) {
    const match = spelling.exec(text);
    if (!match) continue;
    const [, year, day, order] = match;
    const dayNumber = Number(day);
    const orderNumber = Number(order);
    if (dayNumber < 1 || dayNumber > 366 || orderNumber < 1) return null;
    return `${year}/${day}/${orderNumber}`;
  }
  return null;
}
