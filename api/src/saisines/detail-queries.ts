import type { Database, Row } from '../db/database';
import type { AppAbility, SaisineDetail } from '@info-parquet/common';
import { isoTime, isoTimeOrNull } from '../db/rows';
import { saisineAccessSql } from './access';
import { toSaisineListRecord } from './list/list-queries';
import type { RequestOrigin } from '../accounts/security/security-log';
import { EN_RETARD_SQL } from './list/urgency-sql';

/** A timestamp as JSON writes a JavaScript Date (UTC, milliseconds), built by PostgreSQL. */
const iso = (column: string) => `to_char(${column} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')`;

/** The referral's persons, documents, timeline and chain check, as JSON columns of the same row. */
const RELATED_JSON = `
  (SELECT coalesce(json_agg(json_build_object('id', p.id, 'role', p.role, 'type', p.type, 'lastName', p.last_name,
            'firstName', p.first_name, 'birthDate', to_char(p.birth_date, 'YYYY-MM-DD'), 'address', p.address,
            'name', p.name, 'siret', p.siret) ORDER BY p.position), '[]'::json)
     FROM saisine_personnes p WHERE p.saisine_id = s.id) AS persons,
  (SELECT coalesce(json_agg(json_build_object('id', a.id, 'originalName', a.original_name, 'mimeType', a.mime_type,
            'sizeBytes', a.size_bytes, 'sha256', a.sha256, 'uploadedAt', ${iso('a.uploaded_at')})
            ORDER BY a.uploaded_at, a.id), '[]'::json)
     FROM pieces_jointes a WHERE a.saisine_id = s.id) AS attachments,
  (SELECT coalesce(json_agg(json_build_object('id', e.id::text, 'seq', e.seq, 'at', ${iso('e.at')}, 'type', e.type,
            'actorType', e.actor_type, 'actorLabel', e.actor_label, 'fromStatus', e.from_status,
            'toStatus', e.to_status, 'reason', e.reason, 'payload', e.payload, 'hash', e.hash) ORDER BY e.seq), '[]'::json)
     FROM saisine_events e WHERE e.saisine_id = s.id) AS events,
  (SELECT json_build_object('ok', v.ok, 'checked', v.checked, 'brokenSeq', v.broken_seq)
     FROM saisine_events_verify(s.id) v) AS chain`;

/** What the court may see of a referral, before the user's available transitions are added. */
export type SaisineDetailRecord = Omit<SaisineDetail, 'availableTransitions'>;

/** The row as the contract's detail (the related lists are already in its camelCase JSON). */
const toSaisineDetail = (row: Row): SaisineDetailRecord => ({
  ...toSaisineListRecord(row),
  routing: row.routing,
  routingReason: row.routing_reason,
  administrationId: row.administration_id,
  senderService: row.sender_service,
  senderAgentName: row.sender_agent_name,
  senderAgentFunction: row.sender_agent_function,
  senderEmail: row.sender_email,
  senderPhone: row.sender_phone,
  factsNarrative: row.facts_narrative,
  factsStartDate: row.facts_start_date,
  factsEndDate: row.facts_end_date,
  factsDepartementCode: row.facts_departement_code,
  factsCommuneCodesPostaux: row.facts_commune_codes_postaux,
  factsAddress: row.facts_address,
  factsKnowledge: row.facts_knowledge,
  natinf: row.natinf,
  decision: row.decision,
  decisionDetail: row.decision_detail,
  classementReason: row.classement_reason,
  ackDeliveredAt: isoTimeOrNull(row.ack_delivered_at),
  firstAckAt: isoTimeOrNull(row.first_ack_at),
  firstAckByName: row.first_ack_by_name,
  communicatedAt: isoTimeOrNull(row.communicated_at),
  trackingViews: row.tracking_views,
  version: row.version,
  createdAt: isoTime(row.created_at),
  updatedAt: isoTime(row.updated_at),
  urgenceDelaiMinutes: row.urgence_delai_minutes,
  urgenceEscalatedAt: isoTimeOrNull(row.urgence_escalated_at),
  urgenceEscalations: row.urgence_escalations,
  persons: row.persons,
  attachments: row.attachments,
  events: row.events,
  chain: row.chain,
});

/**
 * One referral that `ability` may read, with its persons, documents, timeline and chain check,
 * in one statement; with `consultation`, the read is logged by the same statement, and only when
 * something was read.
 */
export async function selectSaisineDetail(
  db: Database,
  ability: AppAbility,
  id: string,
  consultation?: { userId: string; origin: RequestOrigin },
): Promise<SaisineDetailRecord | undefined> {
  const [rows] = await db.query(
    `WITH found AS (
       SELECT s.id, s.reference, s.kind, s.channel, s.status, s.urgent, s.urgency_reason, s.juridiction_id,
            j.nom AS juridiction_nom, s.routing, s.routing_reason, s.administration_id,
            s.sender_administration, s.sender_administration_kind, s.sender_service, s.sender_agent_name,
            s.sender_agent_function, s.sender_email, s.sender_phone, s.facts_narrative,
            to_char(s.facts_start_date, 'YYYY-MM-DD') AS facts_start_date,
            to_char(s.facts_end_date, 'YYYY-MM-DD') AS facts_end_date,
            s.facts_commune_insee, c.nom AS facts_commune_nom, c.departement_code AS facts_departement_code,
            c.codes_postaux AS facts_commune_codes_postaux,
            s.facts_address, s.facts_knowledge, s.qualification, s.natinf, s.assignee_id,
            u.display_name AS assignee_name, s.numero_parquet, s.decision, s.decision_detail, s.classement_reason,
            s.received_at, s.ack_delivered_at, s.registered_at, s.first_ack_at, s.decided_at, s.communicated_at,
            s.tracking_views, s.version, s.created_at, s.updated_at, s.urgence_escalated_at, s.urgence_escalations,
            ack.display_name AS first_ack_by_name,
            j.urgence_delai_minutes, ${EN_RETARD_SQL},
            ${RELATED_JSON}
       FROM saisines s
       JOIN juridictions j ON j.id = s.juridiction_id
       LEFT JOIN communes c ON c.code_insee = s.facts_commune_insee
       LEFT JOIN users u ON u.id = s.assignee_id
       LEFT JOIN users ack ON ack.id = s.first_ack_by
       WHERE s.id = :id AND ${saisineAccessSql(ability)}
     )${
       consultation
         ? `, consulted AS (
       INSERT INTO saisine_consultations (saisine_id, user_id, ip, user_agent) SELECT id, :userId, :ip, :userAgent FROM found
     )`
         : ''
     }
     SELECT * FROM found`,
    {
      replacements: {
        id,
        userId: consultation?.userId ?? null,
        ip: consultation?.origin.ip ?? null,
        userAgent: consultation?.origin.userAgent ?? null,
      },
    },
  );
  return rows.length > 0 ? toSaisineDetail(rows[0]) : undefined;
}
