import { Type, type Static } from '@sinclair/typebox';
import {
  ADMINISTRATION_KINDS,
  CHANNELS,
  CLASSEMENT_REASONS,
  DECISIONS,
  EVENT_TYPES,
  PERSON_ROLES,
  PERSON_TYPES,
  SAISINE_KINDS,
  type AdministrationKind,
  type Channel,
  type ClassementReason,
  type Decision,
  type EventType,
  type PersonRole,
  type PersonType,
  type SaisineKind,
} from '../labels';
import { SAISINE_STATUSES, type SaisineStatus } from '../statuses';
import type { TransitionField } from '../workflow';
import { closed, nullable, oneOf, DateTime, CalendarDate } from './schema-helpers';

/**
 * The court's referrals as the back-office reads them, written once: a row of the list
 * (`GET /api/saisines`) and the detail (`GET /api/saisines/{id}`, and the answer of a transition
 * or of « Prendre en compte »). The API builds these answers with these types, the back-office
 * reads them with the same, the OpenAPI document publishes the schemas; objects are closed.
 * Instants are ISO 8601 strings (UTC), calendar dates `YYYY-MM-DD`.
 */

const Status = oneOf<SaisineStatus>(SAISINE_STATUSES);
const TRANSITION_FIELDS: readonly TransitionField[] = ['numeroParquet', 'assigneeId', 'message', 'juridictionId', 'reason', 'decision', 'onBehalfOfId'];

const LIST_FIELDS = {
  id: Type.String({ format: 'uuid' }),
  reference: Type.String({ example: 'IP-2026-000123' }),
  kind: oneOf<SaisineKind>(SAISINE_KINDS),
  channel: oneOf<Channel>(CHANNELS),
  status: Status,
  urgent: Type.Boolean(),
  urgencyReason: Type.String(),
  juridictionId: Type.String({ example: 'tj-blois' }),
  juridictionNom: Type.String({ example: 'Tribunal judiciaire de Blois' }),
  senderAdministration: Type.String(),
  senderAdministrationKind: oneOf<AdministrationKind>(ADMINISTRATION_KINDS),
  factsCommuneInsee: Type.String({ example: '41018' }),
  factsCommuneNom: nullable(Type.String()),
  qualification: Type.String(),
  receivedAt: DateTime,
  registeredAt: nullable(DateTime),
  decidedAt: nullable(DateTime),
  numeroParquet: nullable(Type.String({ example: '26/123/45' })),
  assigneeId: nullable(Type.String({ format: 'uuid' })),
  assigneeName: nullable(Type.String()),
  enRetard: Type.Boolean({ description: 'Urgente, pas encore prise en compte, au-delà du délai cible de sa juridiction' }),
};

export const SaisineListRecordSchema = Type.Object(LIST_FIELDS, closed);
/** A row of `GET /api/saisines`. */
export type SaisineListRecord = Static<typeof SaisineListRecordSchema>;

export const SaisinePersonSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    role: oneOf<PersonRole>(PERSON_ROLES),
    type: oneOf<PersonType>(PERSON_TYPES),
    lastName: Type.String(),
    firstName: Type.String(),
    birthDate: nullable(CalendarDate),
    address: Type.String(),
    name: Type.String(),
    siret: Type.String(),
  },
  closed,
);
export type SaisinePerson = Static<typeof SaisinePersonSchema>;

export const SaisineAttachmentSchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    originalName: Type.String(),
    mimeType: Type.String(),
    sizeBytes: Type.Integer({ minimum: 0 }),
    sha256: Type.String({ pattern: '^[0-9a-f]{64}$' }),
    uploadedAt: DateTime,
  },
  closed,
);
export type SaisineAttachment = Static<typeof SaisineAttachmentSchema>;

export const SaisineEventSchema = Type.Object(
  {
    id: Type.String(),
    seq: Type.Integer({ minimum: 1 }),
    at: DateTime,
    type: oneOf<EventType>(EVENT_TYPES),
    actorType: oneOf(['system', 'user', 'sender'] as const),
    actorLabel: Type.String(),
    fromStatus: nullable(Status),
    toStatus: nullable(Status),
    reason: Type.String(),
    payload: Type.Record(Type.String(), Type.Unknown()),
    hash: Type.String({ pattern: '^[0-9a-f]{64}$' }),
  },
  closed,
);
/** An entry of the referral's timeline (append-only, each hashed with the previous one). */
export type SaisineEvent = Static<typeof SaisineEventSchema>;

export const EventChainSchema = Type.Object(
  { ok: Type.Boolean(), checked: Type.Integer({ minimum: 0 }), brokenSeq: nullable(Type.Integer()) },
  closed,
);
/** The verification of the hash chain of the referral's events. */
export type EventChain = Static<typeof EventChainSchema>;

export const AvailableTransitionSchema = Type.Object(
  { to: Status, label: Type.String(), requiredFields: Type.Array(oneOf<TransitionField>(TRANSITION_FIELDS)) },
  closed,
);
/** A transition the signed-in user may make now. */
export type AvailableTransition = Static<typeof AvailableTransitionSchema>;

export const SaisineDetailSchema = Type.Object(
  {
    ...LIST_FIELDS,
    routing: oneOf(['certain', 'choisi', 'specialise'] as const),
    routingReason: Type.String(),
    administrationId: nullable(Type.Integer()),
    senderService: Type.String(),
    senderAgentName: Type.String(),
    senderAgentFunction: Type.String(),
    senderEmail: Type.String(),
    senderPhone: Type.String(),
    factsNarrative: Type.String(),
    factsStartDate: CalendarDate,
    factsEndDate: nullable(CalendarDate),
    factsDepartementCode: nullable(Type.String()),
    /** The commune's postal codes (the form names a commune by one of them). */
    factsCommuneCodesPostaux: nullable(Type.Array(Type.String())),
    factsAddress: Type.String(),
    factsKnowledge: Type.String(),
    natinf: Type.String(),
    decision: nullable(oneOf<Decision>(DECISIONS)),
    decisionDetail: Type.String(),
    classementReason: nullable(oneOf<ClassementReason>(CLASSEMENT_REASONS)),
    ackDeliveredAt: nullable(DateTime),
    firstAckAt: nullable(DateTime),
    firstAckByName: nullable(Type.String()),
    communicatedAt: nullable(DateTime),
    trackingViews: Type.Integer({ minimum: 0 }),
    /** Sent back with every transition: a stale one is refused (409). */
    version: Type.Integer({ minimum: 0 }),
    createdAt: DateTime,
    updatedAt: DateTime,
    urgenceDelaiMinutes: Type.Integer({ minimum: 0 }),
    urgenceEscalatedAt: nullable(DateTime),
    urgenceEscalations: Type.Integer({ minimum: 0 }),
    persons: Type.Array(SaisinePersonSchema),
    attachments: Type.Array(SaisineAttachmentSchema),
    events: Type.Array(SaisineEventSchema),
    chain: EventChainSchema,
    availableTransitions: Type.Array(AvailableTransitionSchema),
  },
  closed,
);
/** `GET /api/saisines/{id}`: the list's fields and everything the court may see. */
export type SaisineDetail = Static<typeof SaisineDetailSchema>;

export const SaisineMovedAwaySchema = Type.Object(
  {
    id: Type.String({ format: 'uuid' }),
    reference: Type.String(),
    status: Status,
    juridictionId: Type.String(),
    visible: Type.Literal(false),
  },
  { ...closed, description: 'La saisine a quitté ce que l’utilisateur peut voir (transférée à une autre juridiction)' },
);
/** The answer of a transition after which the user no longer sees the referral (a transfer). */
export type SaisineMovedAway = Static<typeof SaisineMovedAwaySchema>;

export const SAISINE_SCHEMAS = {
  SaisineListRecord: SaisineListRecordSchema,
  SaisineDetail: SaisineDetailSchema,
  SaisineMovedAway: SaisineMovedAwaySchema,
};
