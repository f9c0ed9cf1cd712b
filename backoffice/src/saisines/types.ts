import type {
  AdministrationKind,
  TransitionField,
  Channel,
  ClassementReason,
  Decision,
  EventType,
  PersonRole,
  PersonType,
  SaisineKind,
  SaisineStatus,
} from '@info-parquet/common';

/** A row of `GET /api/saisines`. Instants are ISO strings, calendar dates `YYYY-MM-DD`. */
export interface SaisineListRecord {
  id: string;
  reference: string;
  kind: SaisineKind;
  channel: Channel;
  status: SaisineStatus;
  urgent: boolean;
  urgencyReason: string | null;
  juridictionId: string;
  juridictionNom: string;
  senderAdministration: string;
  senderAdministrationKind: AdministrationKind;
  factsCommuneInsee: string | null;
  factsCommuneNom: string | null;
  qualification: string | null;
  receivedAt: string;
  registeredAt: string | null;
  decidedAt: string | null;
  numeroParquet: string | null;
  assigneeId: string | null;
  assigneeName: string | null;
  /** Urgent, still waiting, past its court's target (`urgence_delai_minutes`). */
  enRetard?: boolean;
}

export interface SaisinePerson {
  id: string;
  role: PersonRole;
  type: PersonType;
  lastName: string | null;
  firstName: string | null;
  birthDate: string | null;
  address: string | null;
  name: string | null;
  siret: string | null;
}

export interface SaisineAttachment {
  id: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
}

export interface SaisineEvent {
  id: string;
  seq: number;
  at: string;
  type: EventType;
  actorLabel: string;
  fromStatus: SaisineStatus | null;
  toStatus: SaisineStatus | null;
  reason: string | null;
  payload: Record<string, unknown> | null;
}

/** The verification of the hash chain of the referral's events. */
export interface EventChain {
  ok: boolean;
  checked: number;
}

/** A transition the signed-in user may make now (`availableTransitions` of the detail). */
export interface AvailableTransition {
  to: SaisineStatus;
  label: string;
  requiredFields: TransitionField[];
}

/** `GET /api/saisines/:id`: the list fields and everything the court may see. */
export interface SaisineDetail extends SaisineListRecord {
  /** Sent back with every transition: a stale one is refused (409). */
  version?: number;
  availableTransitions?: AvailableTransition[];
  senderService: string | null;
  senderAgentName: string | null;
  senderAgentFunction: string | null;
  senderEmail: string | null;
  senderPhone: string | null;
  factsNarrative: string | null;
  factsStartDate: string | null;
  factsEndDate: string | null;
  /** The commune's postal codes (the form names a commune by one of them), most common first. */
  factsCommuneCodesPostaux?: string[] | null;
  factsAddress: string | null;
  factsKnowledge: string | null;
  natinf: string | null;
  decision?: Decision | null;
  decisionDetail?: string | null;
  classementReason?: ClassementReason | null;
  communicatedAt: string | null;
  urgenceDelaiMinutes?: number;
  urgenceEscalatedAt?: string | null;
  urgenceEscalations?: number;
  /** When and by whom the referral was taken into account (« Prendre en compte » or a first court action). */
  firstAckAt?: string | null;
  firstAckByName?: string | null;
  persons: SaisinePerson[];
  attachments: SaisineAttachment[];
  events: SaisineEvent[];
  chain: EventChain;
}
