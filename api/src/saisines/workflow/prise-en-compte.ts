import type { Database } from '../../db/database';
import { subject } from '@casl/ability';
import { formatParisShortDateTime, type AppAbility, type Subject } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import type { CurrentUser } from '../../http/authenticate';
import { saisineAccessSql } from '../access';
import { getSaisineDetail } from '../detail';
import { appendEvent } from '../events';
import { actorLabel } from './transition-service';
import { withAvailableTransitions } from './available-transitions';
import { UUID } from '../../http/uuid';

interface LockedUrgence {
  id: string;
  urgent: boolean;
  juridiction_id: string;
  first_ack_at: Date | null;
  first_ack_by_name: string | null;
}

/**
 * « Prendre en compte »: a clerk or prosecutor of the court says they have seen an urgent
 * referral. Who and when are kept on the referral (`first_ack_at`, `first_ack_by`: the urgency
 * indicator reads them), one `prise_en_compte` event enters its chain, reminders to the permanence
 * stop, and every open screen of the court is told (the live alert ends). The workflow status and
 * the version do not change: a screen showing the referral can still move it on.
 */
export async function takeIntoAccount(db: Database, user: CurrentUser, ability: AppAbility, id: string) {
  if (!UUID.test(id)) throw AppError.notFound('Saisine introuvable.');
  await db.transaction(async (transaction) => {
    const [rows] = await db.query(
      `SELECT s.id, s.urgent, s.juridiction_id, s.first_ack_at, u.display_name AS first_ack_by_name
       FROM saisines s LEFT JOIN users u ON u.id = s.first_ack_by
       WHERE s.id = :id AND ${saisineAccessSql(ability)} FOR UPDATE OF s`,
      { replacements: { id }, transaction },
    );
    const [saisine] = rows as LockedUrgence[];
    if (!saisine) throw AppError.notFound('Saisine introuvable.');
    if (!ability.can('transition', subject('Saisine', { juridictionId: saisine.juridiction_id }) as unknown as Subject)) {
      throw AppError.forbidden('Vous ne pouvez pas prendre en compte les saisines de cette juridiction.');
    }
    if (!saisine.urgent) {
      throw AppError.conflict('Seule une saisine urgente se « prend en compte » : celle-ci suit le circuit ordinaire.');
    }
    if (saisine.first_ack_at) {
      const who = saisine.first_ack_by_name ? ` par ${saisine.first_ack_by_name}` : '';
      throw AppError.conflict(`Cette saisine a déjà été prise en compte${who}, le ${formatParisShortDateTime(saisine.first_ack_at)}.`);
    }
    await db.query('UPDATE saisines SET first_ack_at = now(), first_ack_by = :userId, updated_at = now() WHERE id = :id', {
      replacements: { id, userId: user.id },
      transaction,
    });
    await appendEvent(db, transaction, {
      saisineId: id,
      type: 'prise_en_compte',
      actor: { type: 'user', id: user.id, label: actorLabel(user) },
      reason: 'Saisine urgente prise en compte.',
    });
    // The status does not change, so the live-events trigger stays silent: tell the screens here.
    await db.query(
      `SELECT live_event_emit(s.juridiction_id, 'saisine_statut', s, s.status) FROM saisines s
       WHERE s.id = :id AND coalesce(current_setting('info_parquet.live_events', true), '') <> 'off'`,
      { replacements: { id }, transaction },
    );
  });
  return withAvailableTransitions(user, ability, await getSaisineDetail(db, ability, id));
}
