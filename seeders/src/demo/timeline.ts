import {
  CLASSEMENT_REASON_LABELS,
  DECISION_LABELS,
  findTransition,
  type ClassementReason,
  type Decision,
  type SaisineStatus,
} from '@info-parquet/common';
import { HOUR, MINUTE, DAY, inOfficeHours } from './clock';
import type { Court, UserRef } from './demo-context';
import type { Random } from './random';
import {
  CLASSEMENT_DETAILS,
  CLASSEMENT_WEIGHTS,
  CLOSING_REASON,
  COMPLEMENT_MESSAGES,
  DECISION_DETAILS,
  DECISION_WEIGHTS,
  SENDER_ANSWERED,
  transferReason,
} from './workflow-texts';

export interface Actor {
  type: 'system' | 'user' | 'sender';
  id: string | null;
  label: string;
}

export const SYSTEM_ACTOR: Actor = { type: 'system', id: null, label: 'Info Parquet' };

export interface TimelineEvent {
  at: number;
  type: 'creation' | 'transition' | 'prise_en_compte' | 'escalade';
  actor: Actor;
  from: SaisineStatus | null;
  to: SaisineStatus | null;
  reason: string;
  payload: Record<string, unknown>;
}

export interface TimelineInput {
  receivedAt: number;
  now: number;
  urgent: boolean;
  court: Court;
  /** Who created the referral: the application, or a clerk entering a paper referral. */
  creator: Actor;
  creationPayload: Record<string, unknown>;
  /** The court a misrouted referral goes to, if any. */
  transferTarget: (from: Court) => Court | null;
  numeroParquet: (juridictionId: string, time: number) => string;
  /** The court stopped registering then (a backlog): the story stops before registration. */
  registersUntil?: number;
}

export interface Timeline {
  events: TimelineEvent[];
  status: SaisineStatus;
  court: Court;
  /** The court it was first sent to (before any transfer). */
  initialCourt: Court;
  numeroParquet: string | null;
  assignee: UserRef | null;
  decision: Decision | null;
  decisionDetail: string;
  classementReason: ClassementReason | null;
  registeredAt: number | null;
  firstAckAt: number | null;
  firstAckBy: string | null;
  decidedAt: number | null;
  communicatedAt: number | null;
  transferredAt: number | null;
  transferDestinationId: string | null;
  complementRequestedAt: number | null;
  urgenceEscalations: number;
  urgenceEscalatedAt: number | null;
}

/** The courts' default urgency target (`juridictions.urgence_delai_minutes`) and the reminder interval. */
const URGENCE_DELAI = 120 * MINUTE;
const URGENCE_RELANCE = 60 * MINUTE;

const user = (ref: UserRef): Actor => ({ type: 'user', id: ref.id, label: ref.label });

/** Some courts are quicker than others: a stable factor per court. */
function courtPace(courtId: string): number {
  let hash = 0;
  for (const char of courtId) hash = (hash * 31 + char.charCodeAt(0)) | 0;
  return 0.6 + ((hash >>> 0) % 1000) / 1000;
}

/**
 * The life of one referral from reception to now, step by step along the WORKFLOW table of
 * common (every step is checked against it): each step happens after a plausible delay, in
 * office hours unless urgent, and the story stops at the first step that would be in the future.
 */
export class TimelineBuilder {
  private timeline!: Timeline;
  private time = 0;
  private input!: TimelineInput;

  constructor(private readonly random: Random) {}

  build(input: TimelineInput): Timeline {
    this.input = input;
    this.time = input.receivedAt;
    this.timeline = {
      events: [{ at: input.receivedAt, type: 'creation', actor: input.creator, from: null, to: 'recue', reason: '', payload: input.creationPayload }],
      status: 'recue',
      court: input.court,
      initialCourt: input.court,
      numeroParquet: null,
      assignee: null,
      decision: null,
      decisionDetail: '',
      classementReason: null,
      registeredAt: null,
      firstAckAt: null,
      firstAckBy: null,
      decidedAt: null,
      communicatedAt: null,
      transferredAt: null,
      transferDestinationId: null,
      complementRequestedAt: null,
      urgenceEscalations: 0,
      urgenceEscalatedAt: null,
    };
    this.play();
    return this.timeline;
  }

  private play(): void {
    const { random } = this;
    const urgent = this.input.urgent;
    const pace = courtPace(this.timeline.court.id);
    if (urgent && !this.takeIntoAccount()) return;
    if (random.chance(0.035) && !this.transfer()) return;
    // A transferred referral is not asked for more before the new court registers it.
    if (this.timeline.status === 'recue' && random.chance(0.04) && !this.complement(this.clerk(), 'recue')) return;

    const registrationTime = this.later(urgent ? 0.75 : 60 * pace, 1.1);
    if (registrationTime > Math.min(this.input.now, this.input.registersUntil ?? Infinity)) return;
    const numero = this.input.numeroParquet(this.timeline.court.id, registrationTime);
    if (!this.move('enregistree', registrationTime, this.clerk(), '', { numeroParquet: numero })) return;
    this.timeline.numeroParquet = numero;
    this.timeline.registeredAt = this.time;
    if (random.chance(0.04) && !this.complement(this.clerk(), 'enregistree')) return;

    const magistrats = this.timeline.court.magistrats;
    const assignee = magistrats.length > 0 ? random.pick(magistrats) : null;
    const attributor = assignee && random.chance(0.3) ? user(assignee) : this.clerk();
    const assignment = { assigneeId: assignee?.id ?? null, assigneeLabel: assignee?.label ?? 'Magistrat du parquet' };
    if (!this.move('attribuee', this.later(urgent ? 2 : 96 * pace, 0.9), attributor, '', assignment)) return;
    this.timeline.assignee = assignee;
    if (random.chance(0.06) && !this.complement(this.prosecutor(), 'attribuee')) return;

    if (!this.decide(urgent ? 5 * 24 : 45 * 24 * pace)) return;
    // Most decisions go back to the sender within days (by the system, or a clerk); some wait
    // weeks in « Décidées non communiquées ». None stays there for years.
    const late = !random.chance(0.82);
    const bySystem = !late && random.chance(0.55);
    const closingTime = bySystem ? this.time + this.random.logNormal(20, 0.8) * MINUTE : this.later(late ? 30 * 24 : 72, 1);
    if (this.move('cloturee', closingTime, bySystem ? SYSTEM_ACTOR : this.clerk(), CLOSING_REASON, {})) {
      this.timeline.communicatedAt = this.time;
    }
  }

  /** A time after a log-normal delay (median in hours), in office hours unless urgent. */
  private later(medianHours: number, spread: number): number {
    const at = this.time + Math.max(this.random.logNormal(medianHours, spread) * HOUR, 2 * MINUTE);
    return this.input.urgent ? at : inOfficeHours(at, this.random.int(0, 120));
  }

  private clerk(): Actor {
    const greffiers = this.timeline.court.greffiers;
    return greffiers.length > 0 ? user(this.random.pick(greffiers)) : { type: 'user', id: null, label: 'Greffe' };
  }

  private prosecutor(): Actor {
    const assignee = this.timeline.assignee;
    if (assignee) return user(assignee);
    const magistrats = this.timeline.court.magistrats;
    return magistrats.length > 0 ? user(this.random.pick(magistrats)) : { type: 'user', id: null, label: 'Parquet' };
  }

  private move(to: SaisineStatus, at: number, actor: Actor, reason: string, payload: Record<string, unknown>): boolean {
    const from = this.timeline.status;
    if (!findTransition(from, to)) throw new Error(`Historique de démonstration incohérent : ${from} -> ${to}`);
    const time = Math.max(Math.round(at), this.time + MINUTE);
    if (time > this.input.now) return false;
    this.timeline.events.push({ at: time, type: 'transition', actor, from, to, reason, payload });
    if (actor.type === 'user' && this.timeline.firstAckAt === null) {
      this.timeline.firstAckAt = time;
      this.timeline.firstAckBy = actor.id;
    }
    if (to === 'complement_demande' && this.timeline.complementRequestedAt === null) this.timeline.complementRequestedAt = time;
    this.timeline.status = to;
    this.time = time;
    return true;
  }

  /**
   * An urgent referral is taken into account (« Prendre en compte ») by the bureau d'ordre or the
   * permanence, most within the target, some late — the permanence then reminded every hour — and
   * the most recent ones not yet (they stay « reçue », still reminded).
   */
  private takeIntoAccount(): boolean {
    const received = this.input.receivedAt;
    const ackAt = received + Math.max(this.random.logNormal(0.6, 1.1) * HOUR, MINUTE);
    const until = Math.min(ackAt, this.input.now);
    for (let at = received + URGENCE_DELAI; at <= until; at += URGENCE_RELANCE) {
      this.timeline.urgenceEscalations += 1;
      this.timeline.urgenceEscalatedAt = at;
      const rank = this.timeline.urgenceEscalations;
      this.timeline.events.push({
        at,
        type: 'escalade',
        actor: SYSTEM_ACTOR,
        from: null,
        to: null,
        reason:
          rank === 1
            ? 'Saisine urgente non prise en compte dans le délai cible de 120 minutes : permanence relancée.'
            : `Saisine urgente toujours non prise en compte ${Math.floor((at - received) / MINUTE)} minutes après sa réception : permanence relancée (relance n° ${rank}).`,
        payload: { delaiMinutes: 120, to: 'permanence', relance: rank },
      });
    }
    if (ackAt > this.input.now) return false;
    const actor = this.random.chance(0.6) ? this.clerk() : this.prosecutor();
    this.timeline.events.push({ at: ackAt, type: 'prise_en_compte', actor, from: null, to: null, reason: 'Saisine urgente prise en compte.', payload: {} });
    this.timeline.firstAckAt = ackAt;
    this.timeline.firstAckBy = actor.id;
    this.time = ackAt;
    return true;
  }

  /** Misrouted at reception: sent on to the competent court, which then takes it from there. */
  private transfer(): boolean {
    const from = this.timeline.court;
    const target = this.input.transferTarget(from);
    if (!target) return true;
    const payload = { fromJuridictionId: from.id, juridictionId: target.id };
    if (!this.move('transferee', this.later(18, 1), this.clerk(), transferReason(target), payload)) return false;
    this.timeline.transferredAt = this.time;
    this.timeline.transferDestinationId = target.id;
    this.timeline.court = target;
    return true;
  }

  /** The court asks the sender for more; the sender's answer puts the referral back where it was. */
  private complement(actor: Actor, back: SaisineStatus): boolean {
    const message = this.random.pick(COMPLEMENT_MESSAGES);
    if (!this.move('complement_demande', this.later(20, 1), actor, message, { message })) return false;
    const answeredAt = this.time + this.random.logNormal(7, 0.8) * DAY;
    return this.move(back, answeredAt, SYSTEM_ACTOR, SENDER_ANSWERED, {});
  }

  private decide(medianHours: number): boolean {
    const decision = this.random.weighted(DECISION_WEIGHTS);
    const classementReason = decision === 'classement' ? this.random.weighted(CLASSEMENT_WEIGHTS) : null;
    const detail = classementReason
      ? this.random.chance(0.5) ? CLASSEMENT_DETAILS[classementReason] : ''
      : this.random.pick(DECISION_DETAILS[decision]);
    const assignee = this.timeline.assignee;
    // A clerk may record the decision on the prosecutor's behalf (WORKFLOW: onBehalfOfId).
    const byClerk = !assignee || this.random.chance(0.2);
    const actor = byClerk ? this.clerk() : user(assignee);
    const payload: Record<string, unknown> = { decision, decisionDetail: detail, classementReason };
    if (byClerk) payload.onBehalfOfId = assignee?.id ?? null;
    const reason = classementReason
      ? `${DECISION_LABELS[decision]} : ${CLASSEMENT_REASON_LABELS[classementReason]}`
      : `${DECISION_LABELS[decision]} : ${detail}`;
    if (!this.move('decidee', this.later(medianHours, 0.9), actor, reason, payload)) return false;
    this.timeline.decision = decision;
    this.timeline.decisionDetail = detail;
    this.timeline.classementReason = classementReason;
    this.timeline.decidedAt = this.time;
    return true;
  }
}
