import type { SaisineStatus } from './statuses';
import { WORKFLOW, type TransitionField } from './workflow';

/** At most this many referrals per bulk action (a selection, or "all matching this filter"). */
export const BULK_TRANSITION_MAX = 1000;

/** The only fields a bulk action may carry: the same value for every referral. */
export const BULK_TRANSITION_FIELDS: readonly TransitionField[] = ['assigneeId'];

/** Statuses a bulk action may aim at: those some rule reaches with no per-referral field. */
export const BULK_TRANSITION_TARGETS: readonly SaisineStatus[] = [
  ...new Set(WORKFLOW.filter((rule) => rule.requires.every((field) => BULK_TRANSITION_FIELDS.includes(field))).map((rule) => rule.to)),
];

/** One referral's outcome in `POST /api/saisines/bulk-transitions`. */
export interface BulkTransitionResult {
  id: string;
  reference: string | null;
  ok: boolean;
  /** The new status, when done. */
  status?: SaisineStatus;
  /** Why not, in French, and the HTTP status the single transition would have answered. */
  message?: string;
  code?: number;
}
