import { formatCount } from './indicators/format';

/**
 * A referral list's total is counted exactly up to a bound; beyond, the API answers
 * `Content-Range: saisines 0-24/*` and the back-office says « plus de 10 000 ». A deep page or a
 * broad search never pays for counting a court's whole history. A full-text search counts up to
 * 1,000 only: its matches are read from the table itself (not an index alone), one by one.
 */
export const LIST_COUNT_BOUND = 10_000;
export const SEARCH_COUNT_BOUND = 1_000;

/** The bound of a list with this filter (a full-text search `q`, or not). */
export function listCountBound(filter: Record<string, unknown>): number {
  return typeof filter.q === 'string' && filter.q.trim() !== '' ? SEARCH_COUNT_BOUND : LIST_COUNT_BOUND;
}

/** « plus de 10 000 »: what the back-office shows in place of a total past the bound. */
export function moreThanLabel(bound: number): string {
  return `plus de ${formatCount(bound)}`;
}
