import type { Database, Transaction } from '../../db/database';
import {
  CLASSEMENT_REASON_LABELS,
  DECISION_LABELS,
  type SaisineStatus,
  type TransitionValues,
} from '@info-parquet/common';
import {
  checkAssignee,
  checkNumeroParquetFree,
  checkOnBehalfOf,
  checkTargetCourt,
  eventPayload,
  type LockedSaisine,
} from './transition-checks';
import { enqueueSenderTransitionMail } from '../../mail/sender-mails';
import type { EventActor } from '../events';

export interface TransitionEffect {
  /** The "why" of the event, in French. */
  reason: string;
  payload: Record<string, unknown>;
}

/**
 * What a transition changes on the referral besides its status, after the checks that need the
 * database. Every court action counts as taking the referral into account (first_ack_at and
 * first_ack_by: the urgency indicator, the end of the escalation). The first transfer and the
 * first request for more are kept on the referral for the indicators.
 */
export async function applyEffects(
  db: Database,
  transaction: Transaction,
  saisine: LockedSaisine,
  to: SaisineStatus,
  values: TransitionValues,
  actor: EventActor,
): Promise<TransitionEffect> {
  const set: string[] = ['status = :to', 'version = version + 1', 'updated_at = now()'];
  const replacements: Record<string, unknown> = { id: saisine.id, to };
  if (actor.type === 'user') {
    // Both expressions read the row as it was: the first court action wins.
    set.push('first_ack_by = CASE WHEN first_ack_at IS NULL THEN :actorId ELSE first_ack_by END', 'first_ack_at = coalesce(first_ack_at, now())');
    replacements.actorId = actor.id ?? null;
  }
  let reason = '';
  const payload = eventPayload(values);

  switch (to) {
    case 'enregistree':
      if (values.numeroParquet) {
        await checkNumeroParquetFree(db, transaction, saisine, values.numeroParquet);
        set.push('numero_parquet = :numeroParquet', 'registered_at = now()');
        replacements.numeroParquet = values.numeroParquet;
      }
      break;
    case 'attribuee':
      if (values.assigneeId) {
        const assignee = await checkAssignee(db, transaction, saisine, values.assigneeId);
        set.push('assignee_id = :assigneeId');
        replacements.assigneeId = assignee.id;
        payload.assigneeLabel = assignee.label;
        if (saisine.assigneeId) payload.previousAssigneeId = saisine.assigneeId;
      }
      break;
    case 'transferee': {
      const court = await checkTargetCourt(db, transaction, saisine, values.juridictionId!);
      // The number and the assignee belong to the court it leaves; the new court registers it anew.
      set.push('juridiction_id = :juridictionId', 'numero_parquet = NULL', 'assignee_id = NULL', 'registered_at = NULL');
      set.push('transferred_at = coalesce(transferred_at, now())', 'transfer_destination_id = coalesce(transfer_destination_id, :juridictionId)');
      replacements.juridictionId = court.id;
      reason = values.reason!;
      delete payload.reason;
      Object.assign(payload, { fromJuridictionId: saisine.juridictionId, juridictionNom: court.nom });
      if (saisine.numeroParquet) payload.previousNumeroParquet = saisine.numeroParquet;
      if (saisine.assigneeId) payload.previousAssigneeId = saisine.assigneeId;
      break;
    }
    case 'complement_demande':
      set.push('complement_requested_at = coalesce(complement_requested_at, now())');
      break;
    case 'decidee': {
      if (values.onBehalfOfId) {
        const magistrat = await checkOnBehalfOf(db, transaction, saisine, values.onBehalfOfId);
        payload.onBehalfOfLabel = magistrat.label;
      }
      set.push('decision = :decision', 'decision_detail = :decisionDetail', 'classement_reason = :classementReason', 'decided_at = now()');
      Object.assign(replacements, {
        decision: values.decision,
        decisionDetail: values.decisionDetail ?? '',
        classementReason: values.classementReason ?? null,
      });
      reason = values.classementReason
        ? `${DECISION_LABELS[values.decision!]} : ${CLASSEMENT_REASON_LABELS[values.classementReason]}`
        : `${DECISION_LABELS[values.decision!]}${values.decisionDetail ? ` : ${values.decisionDetail}` : ''}`;
      break;
    }
    case 'cloturee':
      set.push('communicated_at = now()');
      break;
  }

  await db.query(`UPDATE saisines SET ${set.join(', ')} WHERE id = :id`, { replacements, transaction });
  // The sender hears of a request for more and of the decision in the same transaction (art. 40-2).
  await enqueueSenderTransitionMail(db, transaction, saisine, to, values.message);
  return { reason, payload };
}
