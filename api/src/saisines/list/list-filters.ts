import { sqlLiteral } from '../../db/database';
import { SAISINE_KINDS, SAISINE_STATUSES, CHANNELS, ADMINISTRATION_KINDS, type AppAbility } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { oneOrMany } from '../../http/simple-rest-query';
import { saisineAccessSql } from '../access';
import { UUID } from '../../http/uuid';

/** The list's filter keys (ra-data-simple-rest `filter`); each is served by an index (migrations 0003, 0008). */
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
  'administrationId',
  'receivedAt_gte',
  'receivedAt_lte',
  'decidedAt_gte',
  'decidedAt_lte',
] as const;
export type SaisineFilter = (typeof SAISINE_FILTERS)[number];

function dateBound(value: unknown, label: string): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw AppError.badRequest(`Date invalide pour le filtre « ${label} ».`);
  }
  return value;
}

const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * `column >= bound` or `column <= bound`. A calendar date (what the back-office's date inputs send)
 * is a whole day in Paris time: from its midnight, up to the next day's midnight excluded.
 */
function dateCondition(column: string, op: 'gte' | 'lte', value: unknown, label: string, esc: (v: unknown) => string): string {
  const bound = dateBound(value, label);
  if (!CALENDAR_DATE.test(bound)) return `${column} ${op === 'gte' ? '>=' : '<='} ${esc(bound)}`;
  const day = op === 'gte' ? `${esc(bound)}::date` : `(${esc(bound)}::date + 1)`;
  return `${column} ${op === 'gte' ? '>=' : '<'} (${day}::timestamp AT TIME ZONE 'Europe/Paris')`;
}

function uuids(value: unknown, label: string): string[] {
  const values = Array.isArray(value) ? value : [value];
  if (!values.every((v) => typeof v === 'string' && UUID.test(v))) {
    throw AppError.badRequest(`Identifiant invalide pour le filtre « ${label} ».`);
  }
  return values as string[];
}

function administrationIds(value: unknown): number[] {
  const values = Array.isArray(value) ? value : [value];
  const ids = values.map((v) => (typeof v === 'number' || (typeof v === 'string' && /^\d{1,10}$/.test(v)) ? Number(v) : NaN));
  if (ids.length === 0 || !ids.every((id) => Number.isSafeInteger(id) && id > 0)) {
    throw AppError.badRequest('Identifiant invalide pour le filtre « administration ».');
  }
  return ids;
}

function booleanFilter(value: unknown, label: string): boolean {
  if (value === true || value === 'true') return true;
  if (value === false || value === 'false') return false;
  throw AppError.badRequest(`Valeur de filtre invalide pour « ${label} » : true ou false.`);
}

export type SaisineFilterValues = Partial<Record<SaisineFilter, unknown>>;

/**
 * The WHERE clause of a list: the user's CASL rules AND the requested filters. A filter can only
 * narrow: the rules come first and are always there.
 */
export function saisineWhereSql(ability: AppAbility, filter: SaisineFilterValues): string {
  return [saisineAccessSql(ability), ...saisineFilterSql(filter)].join(' AND ');
}

/** The SQL conditions of the requested filters alone (validated; values escaped). */
export function saisineFilterSql(filter: SaisineFilterValues): string[] {
  const esc = sqlLiteral;
  const list = (values: unknown[]) => values.map(esc).join(', ');
  const parts: string[] = [];
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
  if (filter.administrationId !== undefined) parts.push(`s.administration_id IN (${administrationIds(filter.administrationId).join(', ')})`);
  if (filter.juridictionId !== undefined) {
    const ids = Array.isArray(filter.juridictionId) ? filter.juridictionId : [filter.juridictionId];
    if (!ids.every((id) => typeof id === 'string')) throw AppError.badRequest('Filtre « juridiction » invalide.');
    parts.push(`s.juridiction_id IN (${list(ids)})`);
  }
  if (filter.assigneeId !== undefined) parts.push(`s.assignee_id IN (${list(uuids(filter.assigneeId, 'attribuée à'))})`);
  if (filter.receivedAt_gte !== undefined) parts.push(dateCondition('s.received_at', 'gte', filter.receivedAt_gte, 'reçue après', esc));
  if (filter.receivedAt_lte !== undefined) parts.push(dateCondition('s.received_at', 'lte', filter.receivedAt_lte, 'reçue avant', esc));
  if (filter.decidedAt_gte !== undefined) parts.push(dateCondition('s.decided_at', 'gte', filter.decidedAt_gte, 'décidée après', esc));
  if (filter.decidedAt_lte !== undefined) parts.push(dateCondition('s.decided_at', 'lte', filter.decidedAt_lte, 'décidée avant', esc));
  return parts;
}

