import { AppError } from './app-error';

/**
 * The ra-data-simple-rest query string: `sort=["field","ASC"]`, `range=[0,24]`, `filter={...}`.
 * Sort fields and filter keys are checked against the resource's lists: anything else is a 400.
 */
export interface ListQuery<F extends string, S extends string> {
  sort: { field: S; order: 'ASC' | 'DESC' };
  offset: number;
  limit: number;
  filter: Partial<Record<F, unknown>>;
}

export interface ListQuerySpec<F extends string, S extends string> {
  filters: readonly F[];
  sorts: readonly S[];
  defaultSort: { field: S; order: 'ASC' | 'DESC' };
  maxLimit?: number;
}

function parseJson(name: string, raw: unknown): unknown {
  if (raw === undefined || raw === '') return undefined;
  if (typeof raw !== 'string') throw AppError.badRequest(`Paramètre « ${name} » invalide.`);
  try {
    return JSON.parse(raw);
  } catch {
    throw AppError.badRequest(`Paramètre « ${name} » invalide : JSON attendu.`);
  }
}

export function parseListQuery<F extends string, S extends string>(
  query: Record<string, unknown>,
  spec: ListQuerySpec<F, S>,
): ListQuery<F, S> {
  const maxLimit = spec.maxLimit ?? 1000;
  let sort = spec.defaultSort;
  const rawSort = parseJson('sort', query.sort);
  if (rawSort !== undefined) {
    if (!Array.isArray(rawSort) || rawSort.length !== 2) throw AppError.badRequest('Paramètre « sort » invalide.');
    const [field, order] = rawSort as [unknown, unknown];
    if (typeof field !== 'string' || !(spec.sorts as readonly string[]).includes(field)) {
      throw AppError.badRequest(`Tri impossible sur « ${String(field)} ».`);
    }
    if (order !== 'ASC' && order !== 'DESC') throw AppError.badRequest('Ordre de tri invalide (ASC ou DESC).');
    sort = { field: field as S, order };
  }

  let offset = 0;
  let limit = 25;
  const rawRange = parseJson('range', query.range);
  if (rawRange !== undefined) {
    const valid =
      Array.isArray(rawRange) &&
      rawRange.length === 2 &&
      rawRange.every((n) => Number.isInteger(n) && n >= 0) &&
      rawRange[1] >= rawRange[0];
    if (!valid) throw AppError.badRequest('Paramètre « range » invalide.');
    offset = rawRange[0];
    limit = rawRange[1] - rawRange[0] + 1;
    if (limit > maxLimit) throw AppError.badRequest(`Au plus ${maxLimit} éléments par page.`);
  }

  const rawFilter = parseJson('filter', query.filter) ?? {};
  if (typeof rawFilter !== 'object' || rawFilter === null || Array.isArray(rawFilter)) {
    throw AppError.badRequest('Paramètre « filter » invalide.');
  }
  const filter: Partial<Record<F, unknown>> = {};
  for (const [key, value] of Object.entries(rawFilter)) {
    if (!(spec.filters as readonly string[]).includes(key)) throw AppError.badRequest(`Filtre inconnu : « ${key} ».`);
    if (value !== undefined && value !== null && value !== '') filter[key as F] = value;
  }
  return { sort, offset, limit, filter };
}

// `Content-Range: saisines 0-24/319`; an empty page reads `saisines */319`; a total not counted
// (more than the list's bound, with more rows after this page) reads `saisines 0-24/*` (RFC 9110).
export function contentRange(resource: string, offset: number, count: number, total: number | null): string {
  const length = total ?? '*';
  return count === 0 ? `${resource} */${length}` : `${resource} ${offset}-${offset + count - 1}/${length}`;
}

/** A filter value that may be one value or an array of them ("one of"), each checked. */
export function oneOrMany<T extends string>(value: unknown, allowed: readonly T[], label: string): T[] {
  const values = Array.isArray(value) ? value : [value];
  for (const item of values) {
    if (typeof item !== 'string' || !allowed.includes(item as T)) {
      throw AppError.badRequest(`Valeur de filtre invalide pour « ${label} » : ${JSON.stringify(item)}.`);
    }
  }
  return values as T[];
}
