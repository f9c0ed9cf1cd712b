import type { Database, Transaction } from '../../db/database';
import type { CurrentUser } from '../../http/authenticate';
import { parseListQuery } from '../../http/simple-rest-query';
import { insertReferenceChange, pageReferenceChanges, type ReferenceEntity } from './juridictions-repository';

export type { ReferenceEntity };

/** `{ field: { from, to } }` for the fields whose value differs; empty when nothing changed. */
export function diffFields(before: object | null, after: object, fields: readonly string[]) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of fields) {
    const from = before ? ((before as Record<string, unknown>)[field] ?? null) : null;
    const to = (after as Record<string, unknown>)[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

/**
 * Appends who changed which reference record, when, and how: a court's addresses decide where
 * urgent referrals are announced. Nothing is written when nothing changed.
 */
export async function recordReferenceChange(
  db: Database,
  transaction: Transaction,
  change: { entity: ReferenceEntity; entityId: string; action: 'create' | 'update'; by: CurrentUser; changes: Record<string, unknown> },
): Promise<void> {
  if (Object.keys(change.changes).length === 0) return;
  const { by, ...row } = change;
  await insertReferenceChange(db, transaction, { ...row, userId: by.id, userEmail: by.email });
}

/** The history of one record: its filters (`entity`, `entityId`) and its only order (`at`). */
export const REFERENCE_CHANGE_LIST = { filters: ['entity', 'entityId'] as const, sorts: ['at'] as const, defaultSort: { field: 'at' as const, order: 'DESC' as const } };

/** One page of a court's or an administration's history. */
export async function listReferenceChanges(db: Database, query: Record<string, unknown>) {
  const { sort, offset, limit, filter } = parseListQuery(query, REFERENCE_CHANGE_LIST);
  return pageReferenceChanges(db, { entity: String(filter.entity), entityId: String(filter.entityId) }, sort.order, { limit, offset });
}
