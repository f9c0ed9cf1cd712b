import type { Sequelize } from 'sequelize';
import { formatDateTimeParis } from '@info-parquet/common';
import { appendEvent } from '../saisines/events';
import { enqueueMail } from '../outbox/enqueue';

interface OverdueSaisine {
  id: string;
  reference: string;
  received_at: Date;
  urgency_reason: string;
  juridiction_nom: string;
  email_permanence: string;
  urgence_delai_minutes: number;
}

function reminderText(row: OverdueSaisine, backOfficeUrl: string): string {
  return [
    'Bonjour,',
    '',
    `La saisine URGENTE ${row.reference}, reçue le ${formatDateTimeParis(row.received_at)} par le parquet du ${row.juridiction_nom}, ` +
      `n’a toujours pas été prise en compte, ${row.urgence_delai_minutes} minutes après son arrivée (délai cible de la juridiction).`,
    '',
    `Motif de l’urgence : ${row.urgency_reason}`,
    '',
    'Ouvrir la saisine dans Info Parquet :',
    backOfficeUrl,
    '',
    'Message envoyé automatiquement par Info Parquet : merci de ne pas y répondre.',
  ].join('\n');
}

/**
 * Escalates urgent referrals still waiting (status `recue`) past their court's target
 * (`juridictions.urgence_delai_minutes`): one `escalade` event in the referral's chain and one
 * reminder to the court's permanence, once. Rows are taken with SKIP LOCKED and marked in the same
 * transaction, so several API processes running this job at once never escalate one referral twice.
 */
export async function escalateOverdueUrgences(sequelize: Sequelize, publicUrl: string, batchSize = 50): Promise<number> {
  return sequelize.transaction(async (transaction) => {
    const [rows] = await sequelize.query(
      `SELECT s.id, s.reference, s.received_at, s.urgency_reason, j.nom AS juridiction_nom, j.email_permanence,
              j.urgence_delai_minutes
       FROM saisines s JOIN juridictions j ON j.id = s.juridiction_id
       WHERE s.urgent AND s.status = 'recue' AND s.urgence_escalated_at IS NULL
         AND s.received_at + make_interval(mins => j.urgence_delai_minutes) <= now()
       ORDER BY s.received_at, s.id
       LIMIT :batchSize
       FOR UPDATE OF s SKIP LOCKED`,
      { replacements: { batchSize }, transaction },
    );
    for (const row of rows as OverdueSaisine[]) {
      await sequelize.query('UPDATE saisines SET urgence_escalated_at = now() WHERE id = :id', { replacements: { id: row.id }, transaction });
      await appendEvent(sequelize, transaction, {
        saisineId: row.id,
        type: 'escalade',
        actor: { type: 'system', label: 'Info Parquet' },
        reason: `Saisine urgente non prise en compte dans le délai cible de ${row.urgence_delai_minutes} minutes : permanence relancée.`,
        payload: { delaiMinutes: row.urgence_delai_minutes, to: 'permanence' },
      });
      await enqueueMail(sequelize, transaction, {
        dedupeKey: `relance_permanence:${row.id}`,
        kind: 'notification_permanence',
        saisineId: row.id,
        to: row.email_permanence,
        subject: `[URGENT – EN RETARD] Saisine ${row.reference} non prise en compte`,
        text: reminderText(row, `${publicUrl}/admin/saisines/${row.id}/show`),
      });
    }
    return rows.length;
  });
}

/** Live events are for open screens and short reconnections: a day is plenty. */
export async function pruneLiveEvents(sequelize: Sequelize): Promise<number> {
  const [, result] = await sequelize.query("DELETE FROM live_events WHERE created_at < now() - interval '1 day'");
  return (result as { rowCount?: number })?.rowCount ?? 0;
}
