/**
 * The orders of the referral list, as keys: the list's ORDER BY and the export's keyset batches
 * (export-batches.ts) both derive from them, so they cannot disagree. Each order is served by an
 * index that starts with the same columns (migrations 0003, 0008 and 0027).
 */
export const SAISINE_SORTS = ['priority', 'receivedAt', 'reference', 'status', 'urgent', 'registeredAt', 'decidedAt', 'numeroParquet'] as const;
export type SaisineSort = (typeof SAISINE_SORTS)[number];
export type SortDirection = 'ASC' | 'DESC';

export interface SortKey {
  column: string;
  dir: SortDirection;
  /** Only for columns that may be NULL; written in the ORDER BY when set, PostgreSQL's default otherwise. */
  nullable?: { explicit?: 'FIRST' | 'LAST' };
}

const key = (column: string, dir: SortDirection, nullable?: SortKey['nullable']): SortKey => ({ column, dir, nullable });
const flip = (dir: SortDirection): SortDirection => (dir === 'ASC' ? 'DESC' : 'ASC');

const SORT_KEYS: Record<SaisineSort, (dir: SortDirection) => SortKey[]> = {
  // "What needs the clerk now" (migration 0027): urgent not yet taken into account, new, in
  // progress, decided; urgent first within each; then the oldest received.
  priority: (dir) => [key('s.queue_rank', dir), key('s.urgent', flip(dir)), key('s.received_at', dir), key('s.id', dir)],
  receivedAt: (dir) => [key('s.received_at', dir), key('s.id', dir)],
  // Unique: no tie-break needed.
  reference: (dir) => [key('s.reference', dir)],
  status: (dir) => [key('s.status', dir), key('s.received_at', dir), key('s.id', dir)],
  // Ascending is the exact reverse of descending (urgent first, oldest first): one index serves both.
  urgent: (dir) => [key('s.urgent', dir), key('s.received_at', flip(dir)), key('s.id', flip(dir))],
  // Not yet registered / decided last when ascending, first when descending: the index's own order.
  registeredAt: (dir) => [key('s.registered_at', dir, {}), key('s.id', dir)],
  decidedAt: (dir) => [key('s.decided_at', dir, {}), key('s.id', dir)],
  // Not yet registered (no number) last when ascending, first when descending: the index's own order.
  numeroParquet: (dir) => [key('s.numero_parquet', dir, {}), key('s.id', dir)],
};

export function saisineSortKeys(field: SaisineSort, dir: SortDirection): SortKey[] {
  return SORT_KEYS[field](dir);
}

/**
 * A condition, always true, that an order's partial indexes are built on (migration 0027): the
 * queue's rank indexes serve the `priority` order only, so they are partial on a predicate that
 * only this order writes. Without it, on a small table PostgreSQL 18 may skip-scan them for other
 * queries (the dashboards' cohorts) where the covering indexes are meant to serve.
 */
export function sortScopeSql(field: SaisineSort): string {
  return field === 'priority' ? ' AND s.queue_rank BETWEEN 0 AND 4' : '';
}

export function orderBySql(keys: SortKey[]): string {
  return keys.map((k) => `${k.column} ${k.dir}${k.nullable?.explicit ? ` NULLS ${k.nullable.explicit}` : ''}`).join(', ');
}

/** Where NULLs of a key fall, explicit or PostgreSQL's default (last ascending, first descending). */
export function nullsPlace(k: SortKey): 'FIRST' | 'LAST' {
  return k.nullable?.explicit ?? (k.dir === 'ASC' ? 'LAST' : 'FIRST');
}
