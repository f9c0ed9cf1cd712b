import type { Sequelize } from 'sequelize';
import { SAISINE_KINDS, SAISINE_STATUSES, CHANNELS, ADMINISTRATION_KINDS, type AppAbility } from '@info-parquet/common';
import { AppError } from '../http/app-error';
import { oneOrMany, parseListQuery, type ListQuery } from '../http/simple-rest-query';
import { camelCaseKeys } from '../db/rows';
import { saisineAccessSql } from './access';

export const SAISINE_FILTERS = [
  'q',
  'id',
  'status',
  'urgent',
  'kind',
  'channel',
  'juridictionId',
  'assigneeId',
  'administrationKind',
  'receivedAt_gte',
  'receivedAt_lte',
  'decidedAt_gte',
  'decidedAt_lte',
] as const;
export const SAISINE_SORTS = ['priority', 'receivedAt', 'reference', 'status', 'urgent', 'registeredAt', 'decidedAt'] as const;
type Filter = (typeof SAISINE_FILTERS)[number];
type Sort = (typeof SAISINE_SORTS)[number];

/** Each sort is served by an index that starts with the same columns (see migration 0003). */
const ORDER_BY: Record<Sort, (dir: 'ASC' | 'DESC') => string> = {
  // "What needs doing first": urgent ones, then the oldest received.
  priority: (dir) => (dir === 'ASC' ? 's.urgent DESC, s.received_at ASC, s.id ASC' : 's.urgent ASC, s.received_at DESC, s.id DESC'),
  receivedAt: (dir) => `s.received_at ${dir}, s.id ${dir}`,
  reference: (dir) => `s.reference ${dir}`,
  status: (dir) => `s.status ${dir}, s.received_at ${dir}, s.id ${dir}`,
  urgent: (dir) => `s.urgent ${dir}, s.received_at ASC, s.id ASC`,
  registeredAt: (dir) => `s.registered_at ${dir} NULLS LAST, s.id ${dir}`,
  decidedAt: (dir) => `s.decided_at ${dir} NULLS LAST, s.id ${dir}`,
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function dateBound(value: unknown, label: string): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw AppError.badRequest(`Date invalide pour le filtre « ${label} ».`);
  }
  return value;
}

function uuids(value: unknown, label: string): string[] {
  const values = Array.isArray(value) ? value : [value];
  if (!values.every((v) => typeof v === 'string' && UUID.test(v))) {
    throw AppError.badRequest(`Identifiant invalide pour le filtre « ${label} ».`);
  }
  return values as string[];
}

function booleanFilter(value: unknown, label: string): boolean {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw AppError.badRequest(`Valeur de filtre invalide pour « ${label} » : true ou false.`);
}

/** The WHERE clause of a list: the user's CASL rules AND the requested filters. */
function whereClause(sequelize: Sequelize, ability: AppAbility, filter: ListQuery<Filter, Sort>['filter']): string {
  const esc = (value: unknown) => sequelize.escape(value as string);
  const list = (values: unknown[]) => values.map(esc).join(', ');
  const parts = [saisineAccessSql(sequelize, ability)];
  if (filter.q !== undefined) {
    if (typeof filter.q !== 'string' || filter.q.length > 200) throw AppError.badRequest('Recherche invalide.');
    const q = filter.q.trim();
    if (q) parts.push(`s.search_vector @@ websearch_to_tsquery('fr_unaccent', ${esc(q)})`);
  }
  if (filter.id !== undefined) parts.push(`s.id IN (${list(uuids(filter.id, 'id'))})`);
  if (filter.status !== undefined) parts.push(`s.status IN (${list(oneOrMany(filter.status, SAISINE_STATUSES, 'statut'))})`);
  if (filter.urgent !== undefined) parts.push(`s.urgent = ${booleanFilter(filter.urgent, 'urgence')}`);
  if (filter.kind !== undefined) parts.push(`s.kind IN (${list(oneOrMany(filter.kind, SAISINE_KINDS, 'type'))})`);
  if (filter.channel !== undefined) parts.push(`s.channel IN (${list(oneOrMany(filter.channel, CHANNELS, 'canal'))})`);
  if (filter.administrationKind !== undefined) {
    parts.push(`s.sender_administration_kind IN (${list(oneOrMany(filter.administrationKind, ADMINISTRATION_KINDS, 'administration'))})`);
  }
  if (filter.juridictionId !== undefined) {
    const ids = Array.isArray(filter.juridictionId) ? filter.juridictionId : [filter.juridictionId];
    if (!ids.every((id) => typeof id === 'string')) throw AppError.badRequest('Filtre « juridiction » invalide.');
    parts.push(`s.juridiction_id IN (${list(ids)})`);
  }
  if (filter.assigneeId !== undefined) parts.push(`s.assignee_id IN (${list(uuids(filter.assigneeId, 'attribuée à'))})`);
  if (filter.receivedAt_gte !== undefined) parts.push(`s.received_at >= ${esc(dateBound(filter.receivedAt_gte, 'reçue après'))}`);
  if (filter.receivedAt_lte !== undefined) parts.push(`s.received_at <= ${esc(dateBound(filter.receivedAt_lte, 'reçue avant'))}`);
  if (filter.decidedAt_gte !== undefined) parts.push(`s.decided_at >= ${esc(dateBound(filter.decidedAt_gte, 'décidée après'))}`);
  if (filter.decidedAt_lte !== undefined) parts.push(`s.decided_at <= ${esc(dateBound(filter.decidedAt_lte, 'décidée avant'))}`);
  return parts.join(' AND ');
}

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
  const where = whereClause(sequelize, ability, filter);
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
