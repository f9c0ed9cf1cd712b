import type { AppAbility, SaisineStatus } from '@info-parquet/common';
import type { Database, Transaction } from '../../db/database';
import { saisineAccessSql } from '../access';

/** The workflow's SQL: referrals locked for a change, the change itself, the court's people. */

/** A referral as a transition reads it, its row locked until the transaction ends. */
export interface LockedSaisine {
  id: string;
  reference: string;
  status: SaisineStatus;
  juridictionId: string;
  assigneeId: string | null;
  numeroParquet: string | null;
  registeredAt: Date | null;
  version: number;
}

/** The referral if `ability` may read it, locked (FOR UPDATE). */
export async function lockSaisine(db: Database, transaction: Transaction, ability: AppAbility, id: string): Promise<LockedSaisine | undefined> {
  const [rows] = await db.query<LockedSaisine>(
    `SELECT s.id, s.reference, s.status, s.juridiction_id AS "juridictionId", s.assignee_id AS "assigneeId",
            s.numero_parquet AS "numeroParquet", s.registered_at AS "registeredAt", s.version
     FROM saisines s WHERE s.id = :id AND ${saisineAccessSql(ability)} FOR UPDATE OF s`,
    { replacements: { id }, transaction },
  );
  return rows[0];
}

/** The status the referral had when more information was last requested (where an answer takes it back). */
export async function statusBeforeLastComplement(db: Database, saisineId: string, transaction?: Transaction): Promise<string | null> {
  const [rows] = await db.query<{ fromStatus: string | null }>(
    `SELECT from_status AS "fromStatus" FROM saisine_events
     WHERE saisine_id = :saisineId AND to_status = 'complement_demande' ORDER BY seq DESC LIMIT 1`,
    { replacements: { saisineId }, transaction },
  );
  return rows[0]?.fromStatus ?? null;
}

/** Who wrote the referral's last event, and when. */
export async function lastEventAuthor(db: Database, transaction: Transaction, saisineId: string): Promise<{ actorLabel: string; at: Date } | undefined> {
  const [rows] = await db.query<{ actorLabel: string; at: Date }>(
    'SELECT actor_label AS "actorLabel", at FROM saisine_events WHERE saisine_id = :saisineId ORDER BY seq DESC LIMIT 1',
    { replacements: { saisineId }, transaction },
  );
  return rows[0];
}

/** What a transition writes on the referral besides its status. */
export type TransitionChange =
  | { kind: 'none' }
  | { kind: 'register'; numeroParquet: string }
  | { kind: 'assign'; assigneeId: string }
  | { kind: 'transfer'; juridictionId: string }
  | { kind: 'requestComplement' }
  | { kind: 'decide'; decision: string; decisionDetail: string; classementReason: string | null }
  | { kind: 'communicate' };

const CHANGE_SQL: Record<TransitionChange['kind'], string[]> = {
  none: [],
  register: ['numero_parquet = :numeroParquet', 'registered_at = now()'],
  assign: ['assignee_id = :assigneeId'],
  // The number and the assignee belong to the court it leaves; the new court registers it anew.
  transfer: [
    'juridiction_id = :juridictionId',
    'numero_parquet = NULL',
    'assignee_id = NULL',
    'registered_at = NULL',
    'transferred_at = coalesce(transferred_at, now())',
    'transfer_destination_id = coalesce(transfer_destination_id, :juridictionId)',
  ],
  requestComplement: ['complement_requested_at = coalesce(complement_requested_at, now())'],
  decide: ['decision = :decision', 'decision_detail = :decisionDetail', 'classement_reason = :classementReason', 'decided_at = now()'],
  communicate: ['communicated_at = now()'],
};

/**
 * The new status, a new version and the change. A user's action also counts as taking the
 * referral into account (first_ack_at and first_ack_by: both read the row as it was, the first
 * court action wins).
 */
export async function updateForTransition(
  db: Database,
  transaction: Transaction,
  update: { id: string; to: SaisineStatus; byUserId?: string | null; change: TransitionChange },
): Promise<void> {
  const set = ['status = :to', 'version = version + 1', 'updated_at = now()', ...CHANGE_SQL[update.change.kind]];
  if (update.byUserId !== undefined) {
    set.push('first_ack_by = CASE WHEN first_ack_at IS NULL THEN :byUserId ELSE first_ack_by END', 'first_ack_at = coalesce(first_ack_at, now())');
  }
  const { kind: _kind, ...values } = update.change;
  await db.query(`UPDATE saisines SET ${set.join(', ')} WHERE id = :id`, {
    replacements: { id: update.id, to: update.to, byUserId: update.byUserId ?? null, ...values },
    transaction,
  });
}

/** An active member of the court with one of `roles`, or undefined. */
export async function findCourtMember(
  db: Database,
  transaction: Transaction,
  member: { id: string; juridictionId: string; roles: string[] },
): Promise<{ id: string; displayName: string } | undefined> {
  const [rows] = await db.query<{ id: string; displayName: string }>(
    `SELECT id, display_name AS "displayName" FROM users
     WHERE id = :id AND juridiction_id = :juridictionId AND active AND role IN (:roles)`,
    { replacements: { ...member }, transaction },
  );
  return rows[0];
}

export async function findActiveCourtName(db: Database, transaction: Transaction, juridictionId: string): Promise<{ id: string; nom: string } | undefined> {
  const [rows] = await db.query<{ id: string; nom: string }>('SELECT id, nom FROM juridictions WHERE id = :juridictionId AND active', {
    replacements: { juridictionId },
    transaction,
  });
  return rows[0];
}

/** Another referral of the court already carrying this parquet number: its reference. */
export async function referenceHoldingNumeroParquet(
  db: Database,
  transaction: Transaction,
  saisine: { id: string; juridictionId: string },
  numeroParquet: string,
): Promise<string | undefined> {
  const [rows] = await db.query<{ reference: string }>(
    'SELECT reference FROM saisines WHERE juridiction_id = :juridictionId AND numero_parquet = :numeroParquet AND id <> :id',
    { replacements: { juridictionId: saisine.juridictionId, numeroParquet, id: saisine.id }, transaction },
  );
  return rows[0]?.reference;
}

/** An urgent referral as « Prendre en compte » reads it, locked. */
export interface LockedUrgence {
  id: string;
  urgent: boolean;
  juridictionId: string;
  firstAckAt: Date | null;
  firstAckByName: string | null;
}

export async function lockForTakingIntoAccount(db: Database, transaction: Transaction, ability: AppAbility, id: string): Promise<LockedUrgence | undefined> {
  const [rows] = await db.query<LockedUrgence>(
    `SELECT s.id, s.urgent, s.juridiction_id AS "juridictionId", s.first_ack_at AS "firstAckAt", u.display_name AS "firstAckByName"
     FROM saisines s LEFT JOIN users u ON u.id = s.first_ack_by
     WHERE s.id = :id AND ${saisineAccessSql(ability)} FOR UPDATE OF s`,
    { replacements: { id }, transaction },
  );
  return rows[0];
}

/** Taken into account by `userId`, now. */
export async function markTakenIntoAccount(db: Database, transaction: Transaction, id: string, userId: string): Promise<void> {
  await db.query('UPDATE saisines SET first_ack_at = now(), first_ack_by = :userId, updated_at = now() WHERE id = :id', {
    replacements: { id, userId },
    transaction,
  });
}

/**
 * Tells the open screens the referral changed when its status did not (the live-events trigger
 * stays silent then), unless live events are switched off for this session.
 */
export async function emitStatusLiveEvent(db: Database, transaction: Transaction, id: string): Promise<void> {
  await db.query(
    `SELECT live_event_emit(s.juridiction_id, 'saisine_statut', s, s.status) FROM saisines s
     WHERE s.id = :id AND coalesce(current_setting('info_parquet.live_events', true), '') <> 'off'`,
    { replacements: { id }, transaction },
  );
}

export interface BulkTarget {
  id: string;
  reference: string;
  version: number;
}

/** The referrals among `ids` that `ability` may read. */
export async function bulkTargetsByIds(db: Database, ability: AppAbility, ids: string[]): Promise<BulkTarget[]> {
  const [rows] = await db.query<BulkTarget>(`SELECT s.id, s.reference, s.version FROM saisines s WHERE s.id IN (:ids) AND ${saisineAccessSql(ability)}`, {
    replacements: { ids },
  });
  return rows;
}

/** At most `limit` referrals matching a list's condition (built by list-filters), in the list's order. */
export async function bulkTargetsWhere(db: Database, condition: { where: string; orderBy: string }, limit: number): Promise<BulkTarget[]> {
  const [rows] = await db.query<BulkTarget>(`SELECT s.id, s.reference, s.version FROM saisines s WHERE ${condition.where} ORDER BY ${condition.orderBy} LIMIT ${limit}`);
  return rows;
}
