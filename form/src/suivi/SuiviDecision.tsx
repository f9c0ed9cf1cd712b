import { fr } from '@codegouvfr/react-dsfr';
import { CallOut } from '@codegouvfr/react-dsfr/CallOut';
import {
  CLASSEMENT_REASON_LABELS,
  CLASSEMENT_RECOURS_MENTION,
  DECISION_LABELS,
  type ClassementReason,
  type Decision,
} from '@info-parquet/common';
import type { Suivi } from '../api/types';

const decisionLabel = (suivi: Suivi) =>
  suivi.decision && suivi.decision in DECISION_LABELS ? DECISION_LABELS[suivi.decision as Decision] : suivi.decisionLabel;

const reasonLabel = (suivi: Suivi) =>
  suivi.classementReason && suivi.classementReason in CLASSEMENT_REASON_LABELS
    ? CLASSEMENT_REASON_LABELS[suivi.classementReason as ClassementReason]
    : suivi.classementReasonLabel;

/** The prosecutor's decision as art. 40-2 tells it, and for a classement the appeal of art. 40-3. */
export function SuiviDecision({ suivi }: { suivi: Suivi }) {
  const label = decisionLabel(suivi);
  if (!suivi.decision || !label) return null;
  const classement = suivi.decision === 'classement';
  const reason = classement ? reasonLabel(suivi) : null;
  return (
    <CallOut title="Décision du procureur de la République" titleAs="h2" className={fr.cx('fr-my-4w')}>
      <span className={fr.cx('fr-text--bold')}>{label}</span>
      {reason && (
        <>
          <br />
          Motif du classement : {reason}
        </>
      )}
      {suivi.decisionDetail && (
        <>
          <br />
          Précisions : {suivi.decisionDetail}
        </>
      )}
      {classement && (
        <>
          <br />
          <br />
          {CLASSEMENT_RECOURS_MENTION}
        </>
      )}
    </CallOut>
  );
}
