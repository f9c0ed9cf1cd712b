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
} from './transition-checks';
import { enqueueSenderTransitionMail } from '../../mail/sender-mails';
import { updateForTransition, type LockedSaisine, type TransitionChange } from './workflow-repository';
import type { EventActor } from '../events-repository';

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
  let change: TransitionChange = { kind: 'none' };
  let reason = '';
  const payload = eventPayload(values);

  switch (to) {
    case 'enregistree':
      if (values.numeroParquet) {
        await checkNumeroParquetFree(db, transaction, saisine, values.numeroParquet);
        change = { kind: 'register', numeroParquet: values.numeroParquet };
      }
      break;
    case 'attribuee':
      if (values.assigneeId) {
        const assignee = await checkAssignee(db, transaction, saisine, values.assigneeId);
        change = { kind: 'assign', assigneeId: assignee.id };
        payload.assigneeLabel = assignee.label;
        if (saisine.assigneeId) payload.previousAssigneeId = saisine.assigneeId;
      }
      break;
    case 'transferee': {
      const court = await checkTargetCourt(db, transaction, saisine, values.juridictionId!);
      change = { kind: 'transfer', juridictionId: court.id };
      reason = values.reason!;
      delete payload.reason;
      Object.assign(payload, { fromJuridictionId: saisine.juridictionId, juridictionNom: court.nom });
      if (saisine.numeroParquet) payload.previousNumeroParquet = saisine.numeroParquet;
      if (saisine.assigneeId) payload.previousAssigneeId = saisine.assigneeId;
      break;
    }
    case 'complement_demande':
      change = { kind: 'requestComplement' };
      break;
    case 'decidee': {
      if (values.onBehalfOfId) {
        const magistrat = await checkOnBehalfOf(db, transaction, saisine, values.onBehalfOfId);
        payload.onBehalfOfLabel = magistrat.label;
      }
      change = { kind: 'decide', decision: values.decision!, decisionDetail: values.decisionDetail ?? '', classementReason: values.classementReason ?? null };
      reason = values.classementReason
        ? `${DECISION_LABELS[values.decision!]} : ${CLASSEMENT_REASON_LABELS[values.classementReason]}`
        : `${DECISION_LABELS[values.decision!]}${values.decisionDetail ? ` : ${values.decisionDetail}` : ''}`;
      break;
    }
    case 'cloturee':
      change = { kind: 'communicate' };
      break;
  }

  await updateForTransition(db, transaction, { id: saisine.id, to, byUserId: actor.type === 'user' ? (actor.id ?? null) : undefined, change });
  // The sender hears of a request for more and of the decision in the same transaction (art. 40-2).
  await enqueueSenderTransitionMail(db, transaction, saisine, to, values.message);
  return { reason, payload };
}
