import { CLASSEMENT_REASON_LABELS, CLASSEMENT_RECOURS_MENTION, DECISION_LABELS, type ClassementReason, type Decision } from './labels';

/** The prosecutor's decision as it is told (art. 40-2 and 40-3 of the code of criminal procedure). */
export interface DecisionFacts {
  decision: Decision | null;
  decisionLabel: string | null;
  /** The alternative measure, or what the prosecutor added; null until decided. */
  decisionDetail: string | null;
  /** Only for a classement sans suite. */
  classementReason: ClassementReason | null;
  classementReasonLabel: string | null;
  /** A classement may be appealed to the principal public prosecutor: always said with it. */
  appealMention: string | null;
}

/**
 * The one reading of a referral's decision columns, for the tracking page, the sender's mail and
 * the back-office: labels in French, the reason only for a classement, the appeal with it, all
 * null until the prosecutor has decided.
 */
export function decisionFacts(s: { decision: Decision | null; decisionDetail?: string | null; classementReason?: ClassementReason | null }): DecisionFacts {
  const classement = s.decision === 'classement';
  const reason = classement && s.classementReason ? s.classementReason : null;
  return {
    decision: s.decision,
    decisionLabel: s.decision ? DECISION_LABELS[s.decision] : null,
    decisionDetail: s.decision && s.decisionDetail ? s.decisionDetail : null,
    classementReason: reason,
    classementReasonLabel: reason ? CLASSEMENT_REASON_LABELS[reason] : null,
    appealMention: classement ? CLASSEMENT_RECOURS_MENTION : null,
  };
}
