import type { Database, Transaction } from '../db/database';
import type { ClassementReason, Decision, SaisineStatus } from '@info-parquet/common';
import { camelCaseKeys } from '../db/rows';
import type { LockedSaisine } from '../saisines/workflow/transition-checks';

/**
 * Every SQL statement of the sender's side, rows returned in camelCase. A tracking token is only
 * ever looked up by its hash (`suivi_tokens` primary key).
 */

export interface SuiviRow {
  id: string;
  reference: string;
  status: SaisineStatus;
  urgent: boolean;
  receivedAt: Date;
  numeroParquet: string | null;
  decision: Decision | null;
  decisionDetail: string;
  classementReason: ClassementReason | null;
  juridictionNom: string;
}

/** The referral behind a token, its view counted in the same statement; null for an unknown token. */
export async function readAndCountView(db: Database, tokenHash: string): Promise<SuiviRow | null> {
  const [rows] = await db.query(
    `UPDATE saisines s SET tracking_views = s.tracking_views + 1
     FROM suivi_tokens t, juridictions j
     WHERE t.token_hash = :hash AND s.id = t.saisine_id AND j.id = s.juridiction_id
     RETURNING s.id, s.reference, s.status, s.urgent, s.received_at, s.numero_parquet,
               s.decision, s.decision_detail, s.classement_reason, j.nom AS juridiction_nom`,
    { replacements: { hash: tokenHash } },
  );
  const [row] = rows as Record<string, unknown>[];
  return row ? camelCaseKeys<SuiviRow>(row) : null;
}

/** The statuses a referral went through, in order. */
export async function statusMilestones(db: Database, saisineId: string): Promise<Array<{ at: Date; toStatus: SaisineStatus }>> {
  const [rows] = await db.query(
    `SELECT at, to_status FROM saisine_events
     WHERE saisine_id = :id AND to_status IS NOT NULL ORDER BY seq`,
    { replacements: { id: saisineId } },
  );
  return (rows as Record<string, unknown>[]).map((row) => camelCaseKeys(row));
}

export interface ThreadEventRow {
  at: Date;
  type: string;
  actorLabel: string;
  payload: Record<string, unknown>;
}

/** The court's requests for more (transition events) and the sender's own messages, in order. */
export async function threadEvents(db: Database, saisineId: string): Promise<ThreadEventRow[]> {
  const [rows] = await db.query(
    `SELECT at, type, actor_label, payload FROM saisine_events
     WHERE saisine_id = :saisineId
       AND ((type = 'transition' AND to_status = 'complement_demande') OR (type = 'message' AND actor_type = 'sender'))
     ORDER BY seq`,
    { replacements: { saisineId } },
  );
  return (rows as Record<string, unknown>[]).map((row) => camelCaseKeys<ThreadEventRow>(row));
}

export type LockedBySender = LockedSaisine & { senderAgentName: string; senderAdministration: string };

/** The referral behind a token, locked for the sender's message; null for an unknown token. */
export async function lockByTokenHash(db: Database, transaction: Transaction, tokenHash: string): Promise<LockedBySender | null> {
  const [rows] = await db.query(
    `SELECT s.id, s.reference, s.status, s.juridiction_id, s.assignee_id, s.numero_parquet, s.registered_at, s.version,
            s.sender_agent_name, s.sender_administration
     FROM suivi_tokens t JOIN saisines s ON s.id = t.saisine_id
     WHERE t.token_hash = :hash FOR UPDATE OF s`,
    { replacements: { hash: tokenHash }, transaction },
  );
  const [row] = rows as Record<string, unknown>[];
  return row ? camelCaseKeys<LockedBySender>(row) : null;
}

/** A message that changes no status still makes the referral recently active in the court's lists. */
export async function touchSaisine(db: Database, transaction: Transaction, saisineId: string): Promise<void> {
  await db.query('UPDATE saisines SET updated_at = now() WHERE id = :id', { replacements: { id: saisineId }, transaction });
}

export interface SentReferral {
  id: string;
  reference: string;
  receivedAt: Date;
  senderEmail: string;
  juridictionNom: string;
}

/** The referrals an address sent over the last 24 months, newest first. */
export async function referralsSentFrom(db: Database, transaction: Transaction, email: string, limit: number): Promise<SentReferral[]> {
  const [rows] = await db.query(
    `SELECT s.id, s.reference, s.received_at, s.sender_email, j.nom AS juridiction_nom
     FROM saisines s JOIN juridictions j ON j.id = s.juridiction_id
     WHERE lower(s.sender_email) = :email AND s.received_at > now() - interval '24 months'
     ORDER BY s.received_at DESC LIMIT :limit`,
    { replacements: { email, limit }, transaction },
  );
  return (rows as Record<string, unknown>[]).map((row) => camelCaseKeys<SentReferral>(row));
}

/** One more tracking token for a referral (the old ones keep working). */
export async function insertTrackingToken(db: Database, transaction: Transaction, saisineId: string, tokenHash: string): Promise<void> {
  await db.query('INSERT INTO suivi_tokens (token_hash, saisine_id) VALUES (:hash, :id)', {
    replacements: { hash: tokenHash, id: saisineId },
    transaction,
  });
}

/** The referral a tracking token opens, without counting a view (the acknowledgement's PDF). */
export async function saisineIdByTokenHash(db: Database, tokenHash: string): Promise<string | null> {
  const [rows] = await db.query<{ saisineId: string }>('SELECT saisine_id AS "saisineId" FROM suivi_tokens WHERE token_hash = :tokenHash', {
    replacements: { tokenHash },
  });
  return rows[0]?.saisineId ?? null;
}
