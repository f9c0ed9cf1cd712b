import type { Database } from '../../db/database';
import { SECURITY_EVENT_TYPES } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { oneOrMany, parseListQuery } from '../../http/simple-rest-query';
import { pagedList } from '../../db/paged-list';
import { UUID } from '../../http/uuid';

const FILTERS = ['type', 'userId', 'email', 'ip', 'at_gte', 'at_lte'] as const;
const SORTS = ['at'] as const;

function timestamp(value: unknown, label: string): string {
  const date = typeof value === 'string' ? new Date(value) : null;
  if (!date || Number.isNaN(date.getTime())) throw AppError.badRequest(`Date invalide pour « ${label} ».`);
  return date.toISOString();
}

/** One page of the security log, newest first, with its filters (ra-data-simple-rest's query). */
export async function listSecurityEvents(db: Database, query: Record<string, unknown>) {
  const { sort, offset, limit, filter } = parseListQuery(query, { filters: FILTERS, sorts: SORTS, defaultSort: { field: 'at', order: 'DESC' } });
  const where: string[] = [];
  const replacements: Record<string, unknown> = {};
  if (filter.type !== undefined) {
    replacements.types = oneOrMany(filter.type, SECURITY_EVENT_TYPES, 'type');
    where.push('type IN (:types)');
  }
  if (filter.userId !== undefined) {
    if (typeof filter.userId !== 'string' || !UUID.test(filter.userId)) throw AppError.badRequest('Filtre « userId » invalide.');
    replacements.userId = filter.userId;
    where.push('user_id = :userId');
  }
  if (filter.email !== undefined) {
    if (typeof filter.email !== 'string' || filter.email.length > 320) throw AppError.badRequest('Filtre « adresse électronique » invalide.');
    // The beginning of an address, whatever its case (index of migration 0016).
    replacements.emailPrefix = `${filter.email.trim().toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
    where.push('lower(email) LIKE :emailPrefix');
  }
  if (filter.ip !== undefined) {
    if (typeof filter.ip !== 'string' || !/^[0-9a-fA-F.:]{2,45}$/.test(filter.ip)) throw AppError.badRequest('Filtre « adresse IP » invalide.');
    replacements.ip = filter.ip;
    where.push('ip = :ip');
  }
  if (filter.at_gte !== undefined) {
    replacements.atGte = timestamp(filter.at_gte, 'at_gte');
    where.push('at >= :atGte');
  }
  if (filter.at_lte !== undefined) {
    replacements.atLte = timestamp(filter.at_lte, 'at_lte');
    where.push('at <= :atLte');
  }
  return pagedList(db, {
    select: 'SELECT id::text, at, type, user_id, email, ip, user_agent, details FROM security_events',
    table: 'security_events',
    where,
    orderBy: `at ${sort.order}, id ${sort.order}`,
    limit,
    offset,
    replacements,
  });
}
