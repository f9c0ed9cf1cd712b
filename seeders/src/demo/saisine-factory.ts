import type { AdministrationKind, Channel, SaisineKind } from '@info-parquet/common';
import type { AdministrationDirectory, AdministrationRef } from './administration-directory';
import { DAY, MINUTE, parisDate } from './clock';
import type { Commune, Court, DemoContext } from './demo-context';
import { Identities } from './identities';
import { writeNarrative } from './narrative';
import { PersonFactory, type PersonRow } from './persons';
import type { QualificationProfile } from './profile-types';
import { PROFILES, URGENCY_REASONS } from './profiles';
import type { Random } from './random';
import { TimelineBuilder, type Actor, type Timeline } from './timeline';

/** One generated referral before its reference is allocated. */
export interface SaisineDraft {
  id: string;
  receivedAt: number;
  kind: SaisineKind;
  channel: Channel;
  urgent: boolean;
  urgencyReason: string;
  routing: 'certain' | 'choisi' | 'specialise';
  routingReason: string;
  administration: AdministrationRef;
  sender: { service: string; agentName: string; agentFunction: string; email: string; phone: string };
  facts: { narrative: string; startDate: string; endDate: string | null; communeInsee: string; address: string; knowledge: string };
  qualification: string;
  persons: PersonRow[];
  timeline: Timeline;
  createdBy: string | null;
  ackDeliveredAt: number;
  trackingViews: number;
}

export interface FactoryDeps {
  context: DemoContext;
  directory: AdministrationDirectory;
  random: Random;
  identities: Identities;
  now: number;
  numeroParquet: (juridictionId: string, time: number) => string;
  newId: () => string;
  /**
   * Which courts get a large share: Blois and Paris (the demo accounts' lists are full), none
   * (every court in proportion to its size: the national history of the benches), or a court with
   * a backlog (the benches' pessimistic case).
   */
  featuredCourts?: ReadonlyArray<readonly [string, number]>;
  /** A court that stopped registering at this time: what it received since stays « reçue ». */
  backlog?: { juridictionId: string; since: number };
}

const CHANNELS: ReadonlyArray<readonly [Channel, number]> = [['formulaire', 78], ['api', 7], ['papier', 10], ['courriel', 5]];
const PROFILE_WEIGHTS = PROFILES.map((profile) => [profile, profile.weight] as const);
/** Blois and Paris get a large share so that their demo accounts have full lists. */
export const DEMO_FEATURED_COURTS: ReadonlyArray<readonly [string, number]> = [['tj-blois', 0.12], ['tj-paris', 0.15]];

const lowerFirst = (value: string) => value.charAt(0).toLowerCase() + value.slice(1);

export class SaisineFactory {
  private readonly persons: PersonFactory;
  private readonly timelines: TimelineBuilder;
  private readonly courtsByCourAppel = new Map<string, Court[]>();

  constructor(private readonly deps: FactoryDeps) {
    this.persons = new PersonFactory(deps.random, deps.identities);
    this.timelines = new TimelineBuilder(deps.random);
    for (const court of deps.context.courts.values()) {
      if (court.type === 'SPECIALISE') continue;
      const list = this.courtsByCourAppel.get(court.courAppel) ?? [];
      list.push(court);
      this.courtsByCourAppel.set(court.courAppel, list);
    }
  }

  create(receivedAt: number): SaisineDraft {
    const { random, context, identities, now } = this.deps;
    const placement = this.place();
    const profile = random.weighted(PROFILE_WEIGHTS);
    const qualification = random.pick(profile.qualifications);
    let court = placement.court;
    let routing: SaisineDraft['routing'] = placement.routing;
    let routingReason = '';
    const specialised = qualification.specialised ? context.courts.get(qualification.specialised) : undefined;
    if (specialised && random.chance(0.1)) {
      court = specialised;
      routing = 'specialise';
      routingReason = `Faits relevant de la compétence du ${lowerFirst(specialised.nom)} (${lowerFirst(qualification.qualification)})`;
    }
    const commune = placement.commune;
    const locality = `${commune.codePostal} ${commune.nom}`.trim();
    const { persons, mecLabel } = this.persons.generate({ profile, qualification, locality, receivedAt });
    const urgent = random.chance(0.08);
    const channel = random.weighted(CHANNELS);
    const administration = this.deps.directory.choose(profile.kind, commune, random, qualification.senders);
    const agent = identities.person();
    const agentName = `${agent.firstName} ${agent.lastName}`;
    // As the API does: the sender creates a referral sent online; a clerk one that came on paper or by e-mail.
    const creator: Actor =
      channel === 'papier' || channel === 'courriel'
        ? this.clerkOf(court)
        : { type: 'sender', id: null, label: `${agentName} (${administration.nom})` };
    const id = this.deps.newId();
    const timeline = this.timelines.build({
      receivedAt,
      now,
      urgent,
      court,
      creator,
      creationPayload: { juridictionId: court.id, routing, urgent, channel, attachments: 0 },
      transferTarget: (from) => this.transferTarget(from, commune, routing, qualification),
      numeroParquet: this.deps.numeroParquet,
      registersUntil: this.deps.backlog?.juridictionId === court.id ? this.deps.backlog.since : undefined,
    });
    const started = receivedAt - Math.min(random.logNormal(45, 1.1), 3 * 365) * DAY;
    const startDate = parisDate(started);
    const receivedDate = parisDate(receivedAt);
    const endDate = random.chance(0.4) ? parisDate(Math.min(started + random.int(0, 180) * DAY, receivedAt)) : null;
    const [feminine, masculine] = random.pick(profile.functions);
    return {
      id,
      receivedAt,
      kind: random.weighted(profile.saisineKinds),
      channel,
      urgent,
      urgencyReason: urgent ? this.urgencyReason(profile.kind) : '',
      routing,
      routingReason,
      administration,
      sender: {
        service: random.pick(profile.services),
        agentName,
        agentFunction: agent.sex === 'female' ? feminine : masculine,
        email: `${Identities.emailLocalPart(agent)}@${profile.emailDomain}`,
        // ARCEP keeps 01 99 00 xx xx for fiction: no real line is ever called.
        phone: `01 99 00 ${String(random.int(0, 99)).padStart(2, '0')} ${String(random.int(0, 99)).padStart(2, '0')}`,
      },
      facts: {
        narrative: writeNarrative(random, { qualification, mecLabel, communeNom: commune.nom }),
        startDate: startDate > receivedDate ? receivedDate : startDate,
        endDate: endDate && endDate >= startDate && endDate <= receivedDate ? endDate : null,
        communeInsee: commune.code,
        address: random.chance(0.7) ? identities.street() : '',
        knowledge: random.pick(profile.knowledge),
      },
      qualification: qualification.qualification,
      persons,
      timeline,
      createdBy: creator.type === 'user' ? creator.id : null,
      ackDeliveredAt: this.ackTime(receivedAt),
      trackingViews: this.trackingViews(timeline),
    };
  }

  /** The court first, then a commune of its ressort: certain, or in a department it shares. */
  private place(): { court: Court; commune: Commune; routing: 'certain' | 'choisi' } {
    const { random, context } = this.deps;
    let court: Court | undefined;
    let draw = random.next();
    for (const [id, share] of this.deps.featuredCourts ?? DEMO_FEATURED_COURTS) {
      if (draw < share) {
        court = context.courts.get(id);
        break;
      }
      draw -= share;
    }
    if (!court || (!context.certainCommunes.has(court.id) && !context.sharedCommunes.has(court.id))) {
      court = context.courtPicker.pick(random);
    }
    const certain = context.certainCommunes.get(court.id);
    const shared = context.sharedCommunes.get(court.id);
    if (certain && (!shared || random.chance(0.8))) return { court, commune: certain.pick(random), routing: 'certain' };
    return { court, commune: shared!.pick(random), routing: 'choisi' };
  }

  private transferTarget(from: Court, commune: Commune, routing: string, qualification: QualificationProfile): Court | null {
    const { random, context } = this.deps;
    const others = (courts: readonly Court[]) => courts.filter((court) => court.id !== from.id);
    if (from.type === 'SPECIALISE') {
      // Not serious or complex enough: back to the court of the place of the facts.
      const ids = context.departements.get(commune.departementCode)?.juridictionIds ?? [];
      const local = others(ids.map((id) => context.courts.get(id)).filter((court): court is Court => !!court));
      return local.length > 0 ? random.pick(local) : null;
    }
    if (routing === 'choisi') {
      const ids = context.departements.get(commune.departementCode)?.juridictionIds ?? [];
      const candidates = others(ids.map((id) => context.courts.get(id)).filter((court): court is Court => !!court));
      if (candidates.length > 0) return random.pick(candidates);
    }
    const specialised = qualification.specialised ? context.courts.get(qualification.specialised) : undefined;
    if (specialised && random.chance(0.4)) return specialised;
    const sameCourAppel = others(this.courtsByCourAppel.get(from.courAppel) ?? []);
    return sameCourAppel.length > 0 ? random.pick(sameCourAppel) : null;
  }

  private clerkOf(court: Court): Actor {
    if (court.greffiers.length === 0) return { type: 'user', id: null, label: 'Greffe' };
    const greffier = this.deps.random.pick(court.greffiers);
    return { type: 'user', id: greffier.id, label: greffier.label };
  }

  private urgencyReason(kind: AdministrationKind): string {
    const reasons = URGENCY_REASONS.filter(([, kinds]) => kinds === 'all' || kinds.includes(kind)).map(([reason]) => reason);
    return this.deps.random.pick(reasons);
  }

  /** Most acknowledgements leave within seconds; a few are late (mail server trouble). */
  private ackTime(receivedAt: number): number {
    const { random, now } = this.deps;
    const delay = random.chance(0.97) ? random.int(2, 90) * 1000 : random.int(6, 180) * MINUTE;
    return Math.min(receivedAt + delay, now);
  }

  private trackingViews(timeline: Timeline): number {
    const steps = timeline.events.length - 1;
    return this.deps.random.int(0, 2) + this.deps.random.int(0, 2 * steps);
  }
}

