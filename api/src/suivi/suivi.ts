import type { Database } from '../db/database';
import {
  STATUS_DESCRIPTIONS,
  decisionFacts,
  STATUS_LABELS,
  SUIVI_LINK_INVALID,
  type Suivi,
} from '@info-parquet/common';
import { AppError } from '../http/app-error';
import { hashTrackingToken, TRACKING_TOKEN_PATTERN } from './tracking-token';
import { loadSuiviThread } from './suivi-thread';
import { readAndCountView, statusMilestones } from './suivi-repository';


/**
 * What the sender sees through the tracking link: the status and its milestones, never the
 * court's internal notes. The token is compared by its hash through a primary-key lookup,
 * so a wrong guess costs the same as a right one.
 */
export async function getSuivi(db: Database, token: string): Promise<Suivi> {
  if (!TRACKING_TOKEN_PATTERN.test(token)) throw AppError.notFound(SUIVI_LINK_INVALID);
  const row = await readAndCountView(db, hashTrackingToken(token));
  if (!row) throw AppError.notFound(SUIVI_LINK_INVALID);
  const milestones = await statusMilestones(db, row.id);
  return {
    reference: row.reference,
    status: row.status,
    statusLabel: STATUS_LABELS[row.status],
    statusDescription: STATUS_DESCRIPTIONS[row.status],
    urgent: row.urgent,
    receivedAt: row.receivedAt.toISOString(),
    numeroParquet: row.numeroParquet,
    juridiction: { nom: row.juridictionNom },
    ...decisionFacts(row),
    events: milestones.map((event) => ({ at: event.at.toISOString(), status: event.toStatus, label: STATUS_LABELS[event.toStatus] })),
    thread: await loadSuiviThread(db, row.id, row.juridictionNom),
    canAddMessage: row.status !== 'cloturee',
  };
}
