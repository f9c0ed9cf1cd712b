import type { Database } from '../db/database';
import { formatDateTimeParis } from '@info-parquet/common';
import { appendEvent } from '../saisines/events-repository';
import { enqueueMail } from '../mail/enqueue';
import { deleteOldLiveEvents, lockOverdueUrgences, markEscalated, type OverdueSaisine } from './jobs-repository';

function reminderText(row: OverdueSaisine, minutesLate: number, backOfficeUrl: string): string {
  return [
    'Bonjour,',
    '',
    `La saisine URGENTE ${row.reference}, reçue le ${formatDateTimeParis(row.receivedAt)} par le parquet du ${row.juridictionNom}, ` +
      `n’a toujours pas été prise en compte, ${minutesLate} minutes après son arrivée (délai cible de la juridiction : ${row.urgenceDelaiMinutes} minutes).`,
    '',
    `Motif de l’urgence : ${row.urgencyReason}`,
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
    const rows = await lockOverdueUrgences(db, transaction, { now, repeatMinutes, batchSize });
    for (const row of rows) {
      const rank = row.urgenceEscalations + 1;
      await markEscalated(db, transaction, row.id, now, rank);
      const minutesLate = Math.floor((now.getTime() - row.receivedAt.getTime()) / 60_000);
      await appendEvent(db, transaction, {
        saisineId: row.id,
        type: 'escalade',
        at: now,
        actor: { type: 'system', label: 'Info Parquet' },
        reason:
          rank === 1
            ? `Saisine urgente non prise en compte dans le délai cible de ${row.urgenceDelaiMinutes} minutes : permanence relancée.`
            : `Saisine urgente toujours non prise en compte ${minutesLate} minutes après sa réception : permanence relancée (relance n° ${rank}).`,
        payload: { delaiMinutes: row.urgenceDelaiMinutes, to: 'permanence', relance: rank },
      });
      await enqueueMail(db, transaction, {
        dedupeKey: `relance_permanence:${row.id}:${rank}`,
        kind: 'notification_permanence',
        saisineId: row.id,
        to: row.emailPermanence,
        subject: `[URGENT – EN RETARD${rank > 1 ? ` – RELANCE ${rank}` : ''}] Saisine ${row.reference} non prise en compte`,
        text: reminderText(row, minutesLate, `${publicUrl}/admin/saisines/${row.id}/show`),
      });
    }
    return rows.length;
  });
}

/** Live events are for open screens and short reconnections: a day is plenty. */
export async function pruneLiveEvents(db: Database): Promise<number> {
  return deleteOldLiveEvents(db);
}
