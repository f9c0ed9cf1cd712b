import type { Sequelize } from 'sequelize';
import {
  CLASSEMENT_REASON_LABELS,
  CLASSEMENT_RECOURS_MENTION,
  DECISION_LABELS,
  STATUS_DESCRIPTIONS,
  STATUS_LABELS,
  type ClassementReason,
  type Decision,
  type SaisineStatus,
  type Suivi,
} from '@info-parquet/common';
import { AppError } from '../http/app-error';
import { hashTrackingToken, TRACKING_TOKEN_PATTERN } from './tracking-token';
import { loadSuiviThread } from './suivi-thread';

const NOT_FOUND = 'Lien de suivi invalide ou expiré.';

/**
 * The decision as art. 40-2 tells it to the sender: its family, the reason of a classement and
 * the right to appeal it (art. 40-3). Nulls until the prosecutor has decided.
 */
function decisionOf(row: { decision: Decision | null; decision_detail: string; classement_reason: ClassementReason | null }) {
  const classement = row.decision === 'classement' && row.classement_reason ? row.classement_reason : null;
  return {
    decision: row.decision,
    decisionLabel: row.decision ? DECISION_LABELS[row.decision] : null,
    decisionDetail: row.decision && row.decision_detail ? row.decision_detail : null,
    classementReason: classement,
    classementReasonLabel: classement ? CLASSEMENT_REASON_LABELS[classement] : null,
    appealMention: classement ? CLASSEMENT_RECOURS_MENTION : null,
  };
}

/**
 * What the sender sees through the tracking link: the status and its milestones, never the
 * court's internal notes. The token is compared by its hash through a primary-key lookup,
 * so a wrong guess costs the same as a right one.
 */
export async function getSuivi(sequelize: Sequelize, token: string): Promise<Suivi> {
  if (!TRACKING_TOKEN_PATTERN.test(token)) throw AppError.notFound(NOT_FOUND);
  const [rows] = await sequelize.query(
    `UPDATE saisines s SET tracking_views = s.tracking_views + 1
     FROM suivi_tokens t, juridictions j
     WHERE t.token_hash = :hash AND s.id = t.saisine_id AND j.id = s.juridiction_id
     RETURNING s.id, s.reference, s.status, s.urgent, s.received_at, s.numero_parquet,
               s.decision, s.decision_detail, s.classement_reason, j.nom AS juridiction_nom`,
    { replacements: { hash: hashTrackingToken(token) } },
  );
  const [row] = rows as Array<{
    id: string;
    reference: string;
    status: SaisineStatus;
    urgent: boolean;
    received_at: Date;
    numero_parquet: string | null;
    decision: Decision | null;
    decision_detail: string;
    classement_reason: ClassementReason | null;
    juridiction_nom: string;
  }>;
  if (!row) throw AppError.notFound(NOT_FOUND);
  const [events] = await sequelize.query(
    `SELECT at, to_status FROM saisine_events
     WHERE saisine_id = :id AND to_status IS NOT NULL ORDER BY seq`,
    { replacements: { id: row.id } },
  );
  return {
    reference: row.reference,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    statusDescription: STATUS_DESCRIPTIONS[row.status],
    urgent: row.urgent,
    receivedAt: row.received_at.toISOString(),
    numeroParquet: row.numero_parquet,
    juridiction: { nom: row.juridiction_nom },
    ...decisionOf(row),
    events: (events as Array<{ at: Date; to_status: SaisineStatus }>).map((event) => ({
      at: event.at.toISOString(),
      status: event.to_status,
      label: STATUS_LABELS[event.to_status],
    })),
    thread: await loadSuiviThread(sequelize, row.id, row.juridiction_nom),
    canAddMessage: row.status !== 'cloturee',
  };
}
