import type { Database } from '../../db/database';
import { SECURITY_EVENT_TYPES } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { oneOrMany, parseListQuery } from '../../http/simple-rest-query';
import { pageSecurityEvents, type SecurityEventFilter } from './security-repository';
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
  const criteria: SecurityEventFilter = {};
  if (filter.type !== undefined) criteria.types = oneOrMany(filter.type, SECURITY_EVENT_TYPES, 'type');
  if (filter.userId !== undefined) {
    if (typeof filter.userId !== 'string' || !UUID.test(filter.userId)) throw AppError.badRequest('Filtre « userId » invalide.');
    criteria.userId = filter.userId;
  }
  if (filter.email !== undefined) {
    if (typeof filter.email !== 'string' || filter.email.length > 320) throw AppError.badRequest('Filtre « adresse électronique » invalide.');
    // The beginning of an address, whatever its case.
    criteria.emailPrefix = `${filter.email.trim().toLowerCase().replace(/[\\%_]/g, '\\$&')}%`;
  }
  if (filter.ip !== undefined) {
    if (typeof filter.ip !== 'string' || !/^[0-9a-fA-F.:]{2,45}$/.test(filter.ip)) throw AppError.badRequest('Filtre « adresse IP » invalide.');
    criteria.ip = filter.ip;
  }
  if (filter.at_gte !== undefined) criteria.atGte = timestamp(filter.at_gte, 'at_gte');
  if (filter.at_lte !== undefined) criteria.atLte = timestamp(filter.at_lte, 'at_lte');
  return pageSecurityEvents(db, criteria, sort.order, { limit, offset });
}
