import type { Database, Transaction } from '../db/database';

/** The periodic jobs' SQL: orphan uploads, overdue urgent referrals, old live events. */

/**
 * Deletes up to `batch` uploads that no referral took for `hours`, skipping rows another
 * transaction holds (a submission attaching one keeps it); answers their storage keys.
 */
export async function deleteOrphanUploadRows(db: Database, transaction: Transaction, hours: number, batch: number): Promise<string[]> {
  const [rows] = await db.query<{ storageKey: string }>(
    `DELETE FROM pieces_jointes WHERE id IN (
       SELECT id FROM pieces_jointes
       WHERE saisine_id IS NULL AND uploaded_at < now() - make_interval(hours => :hours)
       ORDER BY uploaded_at LIMIT :batch FOR UPDATE SKIP LOCKED)
     RETURNING storage_key AS "storageKey"`,
    { replacements: { hours, batch }, transaction },
  );
  return rows.map((row) => row.storageKey);
}

export interface OverdueSaisine {
  id: string;
  reference: string;
  receivedAt: Date;
  urgencyReason: string;
  juridictionNom: string;
  emailPermanence: string;
  urgenceDelaiMinutes: number;
  urgenceEscalations: number;
}

/**
 * Urgent referrals not taken into account past their court's target, and not reminded for
 * `repeatMinutes`: locked (SKIP LOCKED) until the transaction ends, oldest first.
 */
export async function lockOverdueUrgences(
  db: Database,
  transaction: Transaction,
  at: { now: Date; repeatMinutes: number; batchSize: number },
): Promise<OverdueSaisine[]> {
  const [rows] = await db.query<OverdueSaisine>(
    `SELECT s.id, s.reference, s.received_at AS "receivedAt", s.urgency_reason AS "urgencyReason",
            s.urgence_escalations AS "urgenceEscalations", j.nom AS "juridictionNom",
            j.email_permanence AS "emailPermanence", j.urgence_delai_minutes AS "urgenceDelaiMinutes"
     FROM saisines s JOIN juridictions j ON j.id = s.juridiction_id
     WHERE s.urgent AND s.first_ack_at IS NULL
       AND s.received_at + make_interval(mins => j.urgence_delai_minutes) <= :now
       AND (s.urgence_escalated_at IS NULL OR s.urgence_escalated_at + make_interval(mins => :repeatMinutes) <= :now)
     ORDER BY s.received_at, s.id
     LIMIT :batchSize
     FOR UPDATE OF s SKIP LOCKED`,
    { replacements: { ...at, now: at.now.toISOString() }, transaction },
  );
  return rows;
}

export async function markEscalated(db: Database, transaction: Transaction, id: string, now: Date, rank: number): Promise<void> {
  await db.query('UPDATE saisines SET urgence_escalated_at = :now, urgence_escalations = :rank WHERE id = :id', {
    replacements: { id, now: now.toISOString(), rank },
    transaction,
  });
}

/** Live events older than a day; answers how many were deleted. */
export async function deleteOldLiveEvents(db: Database): Promise<number> {
  const [, result] = await db.query("DELETE FROM live_events WHERE created_at < now() - interval '1 day'");
  return result.rowCount ?? 0;
}
