import type { Role } from './labels';
import { STATUS_LABELS, type SaisineStatus } from './statuses';

/**
 * The declared state machine of a referral, from its reception to its closure (labels in statuses.ts).
 * Every transition not listed here is refused. `system` stands for the application itself
 * (the sender's answer to a request, the notice of a decision being sent).
 */
export type Actor = Role | 'system';

/** The fields that a transition asks for, as named in the API (`POST /api/saisines/<id>/transitions`). */
export type TransitionField =
  | 'numeroParquet'
  | 'assigneeId'
  | 'message'
  | 'juridictionId'
  | 'reason'
  | 'decision'
  | 'onBehalfOfId';

export interface TransitionRule {
  from: readonly SaisineStatus[];
  to: SaisineStatus;
  actors: readonly Actor[];
  requires: readonly TransitionField[];
  /** The button's label in the back-office. */
  label: string;
}

export const WORKFLOW: readonly TransitionRule[] = [
  { from: ['recue', 'transferee'], to: 'enregistree', actors: ['greffier'], requires: ['numeroParquet'], label: 'Enregistrer' },
  { from: ['enregistree', 'attribuee'], to: 'attribuee', actors: ['greffier', 'magistrat'], requires: ['assigneeId'], label: 'Attribuer' },
  {
    from: ['recue', 'enregistree', 'attribuee'],
    to: 'complement_demande',
    actors: ['greffier', 'magistrat'],
    requires: ['message'],
    label: 'Demander un complément',
  },
  // The sender answered (system) or the court stops waiting: back to the court's queue.
  {
    from: ['complement_demande'],
    to: 'recue',
    actors: ['greffier', 'magistrat', 'system'],
    requires: [],
    label: 'Reprendre (non enregistrée)',
  },
  {
    from: ['complement_demande'],
    to: 'enregistree',
    actors: ['greffier', 'magistrat', 'system'],
    requires: [],
    label: 'Reprendre l’examen',
  },
  {
    from: ['complement_demande'],
    to: 'attribuee',
    actors: ['greffier', 'magistrat', 'system'],
    requires: [],
    label: 'Reprendre l’examen',
  },
  {
    from: ['recue', 'enregistree', 'attribuee', 'complement_demande', 'transferee'],
    to: 'transferee',
    actors: ['greffier', 'magistrat'],
    requires: ['juridictionId', 'reason'],
    label: 'Transférer',
  },
  {
    from: ['enregistree', 'attribuee'],
    to: 'decidee',
    actors: ['magistrat', 'greffier'],
    requires: ['decision'],
    label: 'Décider',
  },
  { from: ['decidee'], to: 'cloturee', actors: ['greffier', 'system'], requires: [], label: 'Communiquer la décision et clôturer' },
];

export function findTransition(from: SaisineStatus, to: SaisineStatus): TransitionRule | undefined {
  return WORKFLOW.find((rule) => rule.to === to && rule.from.includes(from));
}

/**
 * Leaving `complement_demande` goes back to where the referral was when the complement was asked
 * (`returnTo`, read from its events); unknown (`null`/omitted) leaves every way back open.
 */
function resumesElsewhere(rule: TransitionRule, from: SaisineStatus, returnTo?: SaisineStatus | null): boolean {
  return from === 'complement_demande' && rule.to !== 'transferee' && Boolean(returnTo) && rule.to !== returnTo;
}

/** The transitions an actor may make now, from a referral's current status. */
export function availableTransitions(from: SaisineStatus, actor: Actor, returnTo?: SaisineStatus | null): TransitionRule[] {
  return WORKFLOW.filter(
    (rule) => rule.from.includes(from) && rule.actors.includes(actor) && !resumesElsewhere(rule, from, returnTo),
  );
}

/** Fields required for a transition by this actor: a clerk recording a decision names the prosecutor. */
export function requiredFields(rule: TransitionRule, actor: Actor): TransitionField[] {
  const fields = [...rule.requires];
  if (rule.to === 'decidee' && actor === 'greffier') fields.push('onBehalfOfId');
  return fields;
}

/** Why a transition is refused, in French, or null when the table allows it. */
export function transitionRefusal(
  from: SaisineStatus,
  to: SaisineStatus,
  actor: Actor,
  returnTo?: SaisineStatus | null,
): string | null {
  const rule = findTransition(from, to);
  if (!rule) {
    return `Une saisine au statut « ${STATUS_LABELS[from] ?? from} » ne peut pas passer au statut « ${STATUS_LABELS[to] ?? to} ».`;
  }
  if (!rule.actors.includes(actor)) return `Votre rôle ne permet pas cette action (${rule.label.toLowerCase()}).`;
  if (resumesElsewhere(rule, from, returnTo)) {
    return `Le complément a été demandé alors que la saisine était au statut « ${STATUS_LABELS[returnTo!]} » : elle ne peut reprendre qu’à ce statut.`;
  }
  return null;
}

/** A refusal because of the actor's role (403), rather than of the referral's status (409). */
export function isRoleRefusal(from: SaisineStatus, to: SaisineStatus, actor: Actor): boolean {
  const rule = findTransition(from, to);
  return Boolean(rule && !rule.actors.includes(actor));
}

/** Who a referral can be assigned to: a prosecutor of its court (DOMAIN: « assigned to a prosecutor »). */
export const ASSIGNEE_ROLES: readonly Role[] = ['magistrat'];

/** Statuses after which nothing is left for the court to do. */
export const FINAL_STATUSES: readonly SaisineStatus[] = ['cloturee'];
