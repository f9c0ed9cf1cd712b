import type { Columns } from '@info-parquet/api/src/db/bulk-insert';
import type { SaisineDraft } from './saisine-factory';

/** Drafts -> rows of saisines, saisine_personnes and saisine_events, for bulkInsert. */

const iso = (time: number | null) => (time === null ? null : new Date(time).toISOString());

export const SAISINE_COLUMNS: Columns = {
  id: 'uuid',
  reference: 'text',
  kind: 'text',
  channel: 'text',
  status: 'text',
  urgent: 'boolean',
  urgency_reason: 'text',
  juridiction_id: 'text',
  routing: 'text',
  routing_reason: 'text',
  administration_id: 'integer',
  sender_administration: 'text',
  sender_administration_kind: 'text',
  sender_service: 'text',
  sender_agent_name: 'text',
  sender_agent_function: 'text',
  sender_email: 'text',
  sender_phone: 'text',
  facts_narrative: 'text',
  facts_start_date: 'date',
  facts_end_date: 'date',
  facts_commune_insee: 'text',
  facts_address: 'text',
  facts_knowledge: 'text',
  qualification: 'text',
  natinf: 'text',
  assignee_id: 'uuid',
  numero_parquet: 'text',
  decision: 'text',
  decision_detail: 'text',
  classement_reason: 'text',
  received_at: 'timestamptz',
  ack_delivered_at: 'timestamptz',
  registered_at: 'timestamptz',
  first_ack_at: 'timestamptz',
  decided_at: 'timestamptz',
  communicated_at: 'timestamptz',
  tracking_views: 'integer',
  first_ack_by: 'uuid',
  juridiction_initiale_id: 'text',
  transferred_at: 'timestamptz',
  transfer_destination_id: 'text',
  complement_requested_at: 'timestamptz',
  urgence_escalations: 'integer',
  urgence_escalated_at: 'timestamptz',
  version: 'integer',
  created_by: 'uuid',
  created_at: 'timestamptz',
  updated_at: 'timestamptz',
};

export function saisineRow(draft: SaisineDraft, reference: string): Record<string, unknown> {
  const { timeline } = draft;
  const lastEvent = timeline.events[timeline.events.length - 1];
  return {
    id: draft.id,
    reference,
    kind: draft.kind,
    channel: draft.channel,
    status: timeline.status,
    urgent: draft.urgent,
    urgency_reason: draft.urgencyReason,
    juridiction_id: timeline.court.id,
    routing: draft.routing,
    routing_reason: draft.routingReason,
    administration_id: draft.administration.id ?? null,
    sender_administration: draft.administration.nom,
    sender_administration_kind: draft.administration.kind,
    sender_service: draft.sender.service,
    sender_agent_name: draft.sender.agentName,
    sender_agent_function: draft.sender.agentFunction,
    sender_email: draft.sender.email,
    sender_phone: draft.sender.phone,
    facts_narrative: draft.facts.narrative,
    facts_start_date: draft.facts.startDate,
    facts_end_date: draft.facts.endDate,
    facts_commune_insee: draft.facts.communeInsee,
    facts_address: draft.facts.address,
    facts_knowledge: draft.facts.knowledge,
    qualification: draft.qualification,
    // No verified NATINF table is available: left empty rather than invented.
    natinf: '',
    assignee_id: timeline.assignee?.id ?? null,
    numero_parquet: timeline.numeroParquet,
    decision: timeline.decision,
    decision_detail: timeline.decisionDetail,
    classement_reason: timeline.classementReason,
    received_at: iso(draft.receivedAt),
    ack_delivered_at: iso(draft.ackDeliveredAt),
    registered_at: iso(timeline.registeredAt),
    first_ack_at: iso(timeline.firstAckAt),
    decided_at: iso(timeline.decidedAt),
    communicated_at: iso(timeline.communicatedAt),
    tracking_views: draft.trackingViews,
    first_ack_by: timeline.firstAckBy,
    juridiction_initiale_id: timeline.initialCourt.id,
    transferred_at: iso(timeline.transferredAt),
    transfer_destination_id: timeline.transferDestinationId,
    complement_requested_at: iso(timeline.complementRequestedAt),
    urgence_escalations: timeline.urgenceEscalations,
    urgence_escalated_at: iso(timeline.urgenceEscalatedAt),
    version: timeline.events.filter((event) => event.type === 'creation' || event.type === 'transition').length,
    created_by: draft.createdBy,
    created_at: iso(draft.receivedAt),
    updated_at: iso(lastEvent.at),
  };
}

/** The sender's tracking link: only the token's hash is kept (the token itself is not needed). */
export const SUIVI_TOKEN_COLUMNS: Columns = { token_hash: 'text', saisine_id: 'uuid', created_at: 'timestamptz' };

export function suiviTokenRow(draft: SaisineDraft, tokenHash: string): Record<string, unknown> {
  return { token_hash: tokenHash, saisine_id: draft.id, created_at: iso(draft.receivedAt) };
}

export const PERSON_COLUMNS: Columns = {
  saisine_id: 'uuid',
  position: 'integer',
  role: 'text',
  type: 'text',
  last_name: 'text',
  first_name: 'text',
  birth_date: 'date',
  address: 'text',
  name: 'text',
  siret: 'text',
};

export function personRows(draft: SaisineDraft): Array<Record<string, unknown>> {
  return draft.persons.map((person) => ({ saisine_id: draft.id, ...person }));
}

export const EVENT_COLUMNS: Columns = {
  saisine_id: 'uuid',
  at: 'timestamptz',
  type: 'text',
  actor_type: 'text',
  actor_id: 'uuid',
  actor_label: 'text',
  from_status: 'text',
  to_status: 'text',
  reason: 'text',
  payload: 'jsonb',
};

export function eventRows(draft: SaisineDraft, reference: string): Array<Record<string, unknown>> {
  return draft.timeline.events.map((event) => ({
    saisine_id: draft.id,
    at: iso(event.at),
    type: event.type,
    actor_type: event.actor.type,
    actor_id: event.actor.id,
    actor_label: event.actor.label,
    from_status: event.from,
    to_status: event.to,
    reason: event.reason,
    payload: event.type === 'creation' ? { reference, ...event.payload } : event.payload,
  }));
}
