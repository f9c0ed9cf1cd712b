import type { Database, Transaction } from '../../db/database';
import type { CurrentUser } from '../../http/authenticate';
import { parseListQuery } from '../../http/simple-rest-query';
import { pagedList } from '../../db/paged-list';

export type ReferenceEntity = 'juridiction' | 'administration';

/** `{ field: { from, to } }` for the fields whose value differs; empty when nothing changed. */
export function diffFields(before: Record<string, unknown> | null, after: Record<string, unknown>, fields: readonly string[]) {
  const changes: Record<string, { from: unknown; to: unknown }> = {};
  for (const field of fields) {
    const from = before ? (before[field] ?? null) : null;
    const to = after[field] ?? null;
    if (JSON.stringify(from) !== JSON.stringify(to)) changes[field] = { from, to };
  }
  return changes;
}

/**
 * Appends who changed which reference record, when, and how (the table refuses updates and
 * deletes): a court's addresses decide where urgent referrals are announced.
 */
export async function recordReferenceChange(
  db: Database,
  transaction: Transaction,
  change: { entity: ReferenceEntity; entityId: string; action: 'create' | 'update'; by: CurrentUser; changes: Record<string, unknown> },
): Promise<void> {
  if (Object.keys(change.changes).length === 0) return;
  await db.query(
    `INSERT INTO reference_changes (entity, entity_id, action, user_id, user_email, changes)
     VALUES (:entity, :entityId, :action, :userId, :userEmail, :changes::jsonb)`,
    {
      transaction,
      replacements: {
        entity: change.entity,
        entityId: change.entityId,
        action: change.action,
        userId: change.by.id,
        userEmail: change.by.email,
        changes: JSON.stringify(change.changes),
      },
    },
  );
}

/** The history of one record: its filters (`entity`, `entityId`) and its only order (`at`). */
export const REFERENCE_CHANGE_LIST = { filters: ['entity', 'entityId'] as const, sorts: ['at'] as const, defaultSort: { field: 'at' as const, order: 'DESC' as const } };

/** One page of a court's or an administration's history (index (entity, entity_id, at)). */
export async function listReferenceChanges(db: Database, query: Record<string, unknown>) {
  const { sort, offset, limit, filter } = parseListQuery(query, REFERENCE_CHANGE_LIST);
  return pagedList(db, {
    select: 'SELECT id::text, at, entity, entity_id, action, user_email, changes FROM reference_changes',
    table: 'reference_changes',
    where: ['entity = :entity', 'entity_id = :entityId'],
    orderBy: `at ${sort.order}, id ${sort.order}`,
    limit,
    offset,
    replacements: { entity: filter.entity, entityId: String(filter.entityId) },
  });
}
