import type { BulkTransitionResult } from '@info-parquet/common';

const plural = (count: number, one: string, many: string) => `${count} ${count > 1 ? many : one}`;

/** "48 attribuées, 2 refusées : IP-2026-000123 (raison) ; …". */
export function summarizeBulkResults(results: BulkTransitionResult[], done: { one: string; many: string }) {
  const failures = results.filter((result) => !result.ok);
  const counts = `${plural(results.length - failures.length, done.one, done.many)}, ${plural(failures.length, 'refusée', 'refusées')}`;
  return {
    summary: failures.length ? `${counts} :` : counts,
    failures: failures.map((failure) => `${failure.reference ?? 'Saisine inconnue'} — ${failure.message ?? 'refusée'}`),
  };
}
