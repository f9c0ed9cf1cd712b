import type { Sequelize } from 'sequelize';
import type { AppAbility } from '@info-parquet/common';
import { parseListQuery } from '../http/simple-rest-query';
import { camelCaseKeys } from '../db/rows';
import { SAISINE_FILTERS, saisineWhereSql } from './list-filters';

export const SAISINE_SORTS = ['priority', 'receivedAt', 'reference', 'status', 'urgent', 'registeredAt', 'decidedAt', 'numeroParquet'] as const;
type Sort = (typeof SAISINE_SORTS)[number];

/** Each sort is served by an index that starts with the same columns (see migrations 0003 and 0008). */
const ORDER_BY: Record<Sort, (dir: 'ASC' | 'DESC') => string> = {
  // "What needs doing first": urgent ones, then the oldest received.
  priority: (dir) => (dir === 'ASC' ? 's.urgent DESC, s.received_at ASC, s.id ASC' : 's.urgent ASC, s.received_at DESC, s.id DESC'),
  receivedAt: (dir) => `s.received_at ${dir}, s.id ${dir}`,
  reference: (dir) => `s.reference ${dir}`,
  status: (dir) => `s.status ${dir}, s.received_at ${dir}, s.id ${dir}`,
  urgent: (dir) => `s.urgent ${dir}, s.received_at ASC, s.id ASC`,
  registeredAt: (dir) => `s.registered_at ${dir} NULLS LAST, s.id ${dir}`,
  decidedAt: (dir) => `s.decided_at ${dir} NULLS LAST, s.id ${dir}`,
  // Not yet registered (no number) last when ascending, first when descending: the index's own order.
  numeroParquet: (dir) => `s.numero_parquet ${dir}, s.id ${dir}`,
};

export interface SaisineListItem {
  id: string;
  reference: string;
  status: string;
  urgent: boolean;
  receivedAt: Date;
  [key: string]: unknown;
}

export async function listSaisines(
  sequelize: Sequelize,
  ability: AppAbility,
  query: Record<string, unknown>,
): Promise<{ rows: SaisineListItem[]; total: number; offset: number }> {
  const { sort, offset, limit, filter } = parseListQuery(query, {
    filters: SAISINE_FILTERS,
    sorts: SAISINE_SORTS,
    defaultSort: { field: 'priority', order: 'ASC' },
  });
  const where = saisineWhereSql(sequelize, ability, filter);
  const [rows] = await sequelize.query(
    `SELECT s.id, s.reference, s.kind, s.channel, s.status, s.urgent, s.urgency_reason,
            s.juridiction_id, j.nom AS juridiction_nom, s.sender_administration, s.sender_administration_kind,
            s.facts_commune_insee, c.nom AS facts_commune_nom, s.qualification, s.received_at,
            s.registered_at, s.decided_at, s.numero_parquet, s.assignee_id, u.display_name AS assignee_name
     FROM saisines s
     JOIN juridictions j ON j.id = s.juridiction_id
     LEFT JOIN communes c ON c.code_insee = s.facts_commune_insee
     LEFT JOIN users u ON u.id = s.assignee_id
     WHERE ${where}
     ORDER BY ${ORDER_BY[sort.field](sort.order)}
     LIMIT ${limit} OFFSET ${offset}`,
  );
  const [[{ total }]] = (await sequelize.query(`SELECT count(*)::int AS total FROM saisines s WHERE ${where}`)) as [
    [{ total: number }],
    unknown,
  ];
  return { rows: (rows as Record<string, unknown>[]).map((row) => camelCaseKeys<SaisineListItem>(row)), total, offset };
}
