import type { Database } from '../db/database';
import { formatDateTimeParis } from '@info-parquet/common';
import { appendEvent } from '../saisines/events';
import { enqueueMail } from '../mail/enqueue';

interface OverdueSaisine {
  id: string;
  reference: string;
  received_at: Date;
  urgency_reason: string;
  juridiction_nom: string;
  email_permanence: string;
  urgence_delai_minutes: number;
  urgence_escalations: number;
}

function reminderText(row: OverdueSaisine, minutesLate: number, backOfficeUrl: string): string {
  return [
    'Bonjour,',
    '',
    `La saisine URGENTE ${row.reference}, reçue le ${formatDateTimeParis(row.received_at)} par le parquet du ${row.juridiction_nom}, ` +
      `n’a toujours pas été prise en compte, ${minutesLate} minutes après son arrivée (délai cible de la juridiction : ${row.urgence_delai_minutes} minutes).`,
    '',
    `Motif de l’urgence : ${row.urgency_reason}`,
    '',
    'Ouvrir la saisine dans Info Parquet :',
    backOfficeUrl,
    '',
    'Message envoyé automatiquement par Info Parquet : merci de ne pas y répondre.',
  ].join('\n');
}

export interface EscalationOptions {
  /** The clock (tests move it); defaults to the real time. */
  now?: Date;
  /** Minutes between two reminders while the referral is not taken into account. */
  repeatMinutes?: number;
  batchSize?: number;
}

/**
 * Escalates urgent referrals not taken into account (`first_ack_at` empty) past their court's
 * target (`juridictions.urgence_delai_minutes`), then again every `repeatMinutes` until someone
 * takes them into account: each time one `escalade` event in the referral's chain and one reminder
 * to the court's permanence. Rows are taken with SKIP LOCKED and marked in the same transaction,
 * and each reminder has its own dedupe key (referral, rank), so several API processes running this
 * job at once never send one reminder twice.
 */
export async function escalateOverdueUrgences(db: Database, publicUrl: string, options: EscalationOptions = {}): Promise<number> {
  const { now = new Date(), repeatMinutes = 60, batchSize = 50 } = options;
  return db.transaction(async (transaction) => {
    const [rows] = await db.query(
      `SELECT s.id, s.reference, s.received_at, s.urgency_reason, s.urgence_escalations, j.nom AS juridiction_nom,
              j.email_permanence, j.urgence_delai_minutes
       FROM saisines s JOIN juridictions j ON j.id = s.juridiction_id
       WHERE s.urgent AND s.first_ack_at IS NULL
         AND s.received_at + make_interval(mins => j.urgence_delai_minutes) <= :now
         AND (s.urgence_escalated_at IS NULL OR s.urgence_escalated_at + make_interval(mins => :repeatMinutes) <= :now)
       ORDER BY s.received_at, s.id
       LIMIT :batchSize
       FOR UPDATE OF s SKIP LOCKED`,
      { replacements: { batchSize, now: now.toISOString(), repeatMinutes }, transaction },
    );
    for (const row of rows as OverdueSaisine[]) {
      const rank = row.urgence_escalations + 1;
      await db.query('UPDATE saisines SET urgence_escalated_at = :now, urgence_escalations = :rank WHERE id = :id', {
        replacements: { id: row.id, now: now.toISOString(), rank },
        transaction,
      });
      const minutesLate = Math.floor((now.getTime() - row.received_at.getTime()) / 60_000);
      await appendEvent(db, transaction, {
        saisineId: row.id,
        type: 'escalade',
        at: now,
        actor: { type: 'system', label: 'Info Parquet' },
        reason:
          rank === 1
            ? `Saisine urgente non prise en compte dans le délai cible de ${row.urgence_delai_minutes} minutes : permanence relancée.`
            : `Saisine urgente toujours non prise en compte ${minutesLate} minutes après sa réception : permanence relancée (relance n° ${rank}).`,
        payload: { delaiMinutes: row.urgence_delai_minutes, to: 'permanence', relance: rank },
      });
      await enqueueMail(db, transaction, {
        dedupeKey: `relance_permanence:${row.id}:${rank}`,
        kind: 'notification_permanence',
        saisineId: row.id,
        to: row.email_permanence,
        subject: `[URGENT – EN RETARD${rank > 1 ? ` – RELANCE ${rank}` : ''}] Saisine ${row.reference} non prise en compte`,
        text: reminderText(row, minutesLate, `${publicUrl}/admin/saisines/${row.id}/show`),
      });
    }
    return rows.length;
  });
}

/** Live events are for open screens and short reconnections: a day is plenty. */
export async function pruneLiveEvents(db: Database): Promise<number> {
  const [, result] = await db.query("DELETE FROM live_events WHERE created_at < now() - interval '1 day'");
  return (result as { rowCount?: number })?.rowCount ?? 0;
}
