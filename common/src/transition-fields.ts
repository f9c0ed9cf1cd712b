import { CLASSEMENT_REASONS, DECISIONS, type ClassementReason, type Decision } from './labels';
import { NUMERO_PARQUET_MESSAGE, normalizeNumeroParquet } from './numero-parquet';
import type { SaisineStatus } from './statuses';
import { UUID_PATTERN } from './uuid';
import { findTransition, requiredFields, type Actor } from './workflow';

/**
 * What a transition asks for beyond the target status, checked the same way by the back-office
 * dialog (before sending) and the API (which then checks what needs the database: the assignee's
 * court, the target court, the uniqueness of the numéro parquet).
 */
export interface TransitionValues {
  numeroParquet?: string;
  assigneeId?: string;
  message?: string;
  juridictionId?: string;
  reason?: string;
  decision?: Decision;
  decisionDetail?: string;
  classementReason?: ClassementReason | null;
  onBehalfOfId?: string;
}
export type TransitionValueField = keyof TransitionValues;

export const TRANSITION_FIELD_LABELS: Record<TransitionValueField, string> = {
  numeroParquet: 'Numéro parquet',
  assigneeId: 'Attribuer à',
  message: 'Message à l’expéditeur',
  juridictionId: 'Juridiction destinataire',
  reason: 'Motif du transfert',
  decision: 'Décision',
  decisionDetail: 'Précisions sur la décision',
  classementReason: 'Motif du classement',
  onBehalfOfId: 'Magistrat ayant pris la décision',
};

/** The notice shown once a transition is done. */
export const TRANSITION_NOTICES: Record<SaisineStatus, string> = {
  recue: 'Saisine remise en attente d’enregistrement',
  enregistree: 'Saisine enregistrée',
  attribuee: 'Saisine attribuée',
  complement_demande: 'Complément demandé à l’expéditeur',
  transferee: 'Saisine transférée',
  decidee: 'Décision enregistrée',
  cloturee: 'Saisine clôturée',
};

export const TRANSITION_TEXT_MAX = { message: 5000, reason: 2000, decisionDetail: 2000 } as const;

const MISSING: Record<TransitionValueField, string> = {
  numeroParquet: 'Indiquez le numéro parquet.',
  assigneeId: 'Choisissez la personne à qui attribuer la saisine.',
  message: 'Écrivez le message à l’expéditeur : ce qui manque et pourquoi.',
  juridictionId: 'Choisissez la juridiction destinataire.',
  reason: 'Indiquez le motif du transfert.',
  decision: 'Choisissez la décision : poursuites, alternative aux poursuites ou classement sans suite.',
  decisionDetail: 'Précisez la mesure alternative aux poursuites.',
  classementReason: 'Choisissez le motif du classement sans suite.',
  onBehalfOfId: 'Choisissez le magistrat pour le compte duquel vous enregistrez la décision.',
};

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;
}

/**
 * The values of a transition, cleaned (trimmed, canonical numéro parquet, only the fields this
 * transition uses), and a French message per invalid field. No errors means the values are complete.
 */
export function checkTransitionFields(
  from: SaisineStatus,
  to: SaisineStatus,
  actor: Actor,
  body: Record<string, unknown>,
): { values: TransitionValues; errors: Partial<Record<TransitionValueField, string>> } {
  const rule = findTransition(from, to);
  const needed = new Set<string>(rule ? requiredFields(rule, actor) : []);
  const values: TransitionValues = {};
  const errors: Partial<Record<TransitionValueField, string>> = {};
  const requireText = (field: 'message' | 'reason' | 'decisionDetail') => {
    const value = text(body[field]);
    if (!value) errors[field] = MISSING[field];
    else if (value.length > TRANSITION_TEXT_MAX[field]) errors[field] = `${TRANSITION_FIELD_LABELS[field]} : ${TRANSITION_TEXT_MAX[field]} caractères au plus.`;
    else values[field] = value;
  };
  const requireId = (field: 'assigneeId' | 'onBehalfOfId') => {
    const value = text(body[field]);
    if (!value || !UUID_PATTERN.test(value)) errors[field] = MISSING[field];
    else values[field] = value;
  };

  if (needed.has('numeroParquet')) {
    const raw = text(body.numeroParquet);
    const numero = raw ? normalizeNumeroParquet(raw) : null;
    if (!raw) errors.numeroParquet = MISSING.numeroParquet;
    else if (!numero) errors.numeroParquet = NUMERO_PARQUET_MESSAGE;
    else values.numeroParquet = numero;
  }
  if (needed.has('assigneeId')) requireId('assigneeId');
  if (needed.has('message')) requireText('message');
  if (needed.has('juridictionId')) {
    const value = text(body.juridictionId);
    if (!value || value.length > 100) errors.juridictionId = MISSING.juridictionId;
    else values.juridictionId = value;
  }
  if (needed.has('reason')) requireText('reason');
  if (needed.has('decision')) {
    const decision = body.decision;
    if (typeof decision !== 'string' || !(DECISIONS as string[]).includes(decision)) errors.decision = MISSING.decision;
    else {
      values.decision = decision as Decision;
      values.classementReason = null;
      values.decisionDetail = text(body.decisionDetail) ?? '';
      if (values.decisionDetail.length > TRANSITION_TEXT_MAX.decisionDetail) {
        errors.decisionDetail = `${TRANSITION_FIELD_LABELS.decisionDetail} : ${TRANSITION_TEXT_MAX.decisionDetail} caractères au plus.`;
      }
      if (decision === 'alternative' && !values.decisionDetail) errors.decisionDetail = MISSING.decisionDetail;
      if (decision === 'classement') {
        const reason = body.classementReason;
        if (typeof reason !== 'string' || !(CLASSEMENT_REASONS as string[]).includes(reason)) {
          errors.classementReason = MISSING.classementReason;
        } else values.classementReason = reason as ClassementReason;
      }
    }
  }
  if (needed.has('onBehalfOfId')) requireId('onBehalfOfId');
  return { values, errors };
}
