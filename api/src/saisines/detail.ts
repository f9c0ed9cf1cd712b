import type { Sequelize } from 'sequelize';
import type { AppAbility } from '@info-parquet/common';
import { AppError } from '../http/app-error';
import { camelCaseKeys } from '../db/rows';
import { saisineAccessSql } from './access';
import { listEvents, verifyChain } from './events';
import { EN_RETARD_SQL } from './urgency-sql';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * Everything the court may see of one referral. A referral the user may not read is a 404,
 * exactly like one that does not exist: no existence leak.
 */
export async function getSaisineDetail(sequelize: Sequelize, ability: AppAbility, id: string) {
  if (!UUID.test(id)) throw AppError.notFound('Saisine introuvable.');
  const [rows] = await sequelize.query(
    `SELECT s.id, s.reference, s.kind, s.channel, s.status, s.urgent, s.urgency_reason, s.juridiction_id,
            j.nom AS juridiction_nom, s.routing, s.routing_reason, s.administration_id,
            s.sender_administration, s.sender_administration_kind, s.sender_service, s.sender_agent_name,
            s.sender_agent_function, s.sender_email, s.sender_phone, s.facts_narrative,
            to_char(s.facts_start_date, 'YYYY-MM-DD') AS facts_start_date,
            to_char(s.facts_end_date, 'YYYY-MM-DD') AS facts_end_date,
            s.facts_commune_insee, c.nom AS facts_commune_nom, c.departement_code AS facts_departement_code,
            s.facts_address, s.facts_knowledge, s.qualification, s.natinf, s.assignee_id,
            u.display_name AS assignee_name, s.numero_parquet, s.decision, s.decision_detail, s.classement_reason,
            s.received_at, s.ack_delivered_at, s.registered_at, s.first_ack_at, s.decided_at, s.communicated_at,
            s.tracking_views, s.version, s.created_at, s.updated_at, s.urgence_escalated_at,
            j.urgence_delai_minutes, ${EN_RETARD_SQL}
     FROM saisines s
     JOIN juridictions j ON j.id = s.juridiction_id
     LEFT JOIN communes c ON c.code_insee = s.facts_commune_insee
     LEFT JOIN users u ON u.id = s.assignee_id
     WHERE s.id = :id AND ${saisineAccessSql(sequelize, ability)}`,
    { replacements: { id } },
  );
  const [row] = rows as Record<string, unknown>[];
  if (!row) throw AppError.notFound('Saisine introuvable.');

  const [persons] = await sequelize.query(
    `SELECT id, role, type, last_name, first_name, to_char(birth_date, 'YYYY-MM-DD') AS birth_date, address, name, siret
     FROM saisine_personnes WHERE saisine_id = :id ORDER BY position`,
    { replacements: { id } },
  );
  const [attachments] = await sequelize.query(
    `SELECT id, original_name, mime_type, size_bytes::int AS size_bytes, sha256, uploaded_at
     FROM pieces_jointes WHERE saisine_id = :id ORDER BY uploaded_at, id`,
    { replacements: { id } },
  );
  const [events, chain] = await Promise.all([listEvents(sequelize, id), verifyChain(sequelize, id)]);
  return {
    ...camelCaseKeys(row),
    persons: (persons as Record<string, unknown>[]).map((p) => camelCaseKeys(p)),
    attachments: (attachments as Record<string, unknown>[]).map((a) => camelCaseKeys(a)),
    events,
    chain,
  };
}
