import type { Database } from '../db/database';
import { OUTBOX_MAIL_KINDS, OUTBOX_STATUSES, type OutboxRecord } from '@info-parquet/common';
import { AppError } from '../http/app-error';
import { oneOrMany, parseListQuery } from '../http/simple-rest-query';
import { UUID } from '../http/uuid';
import { selectOutboxMail, selectOutboxPage, type OutboxFilter } from './outbox-repository';

const FILTERS = ['status', 'kind', 'saisineId', 'createdAt_gte', 'createdAt_lte'] as const;
const SORTS = ['createdAt', 'status', 'kind', 'sentAt'] as const;
const STATUSES = OUTBOX_STATUSES;
const KINDS = OUTBOX_MAIL_KINDS;

/**
 * The administrator reads mails to check what was sent, not to follow referrals. Secrets are
 * stored sealed (mail-secrets.ts) and never selected here; a tracking link that would still be in
 * a body (a mail written before sealing existed) is masked all the same.
 */
function redact(record: OutboxRecord): OutboxRecord {
  const mask = (value: string) => value.replace(/(\/suivi\/)[A-Za-z0-9_-]{43}/g, '$1…');
  return { ...record, text: mask(record.text), html: record.html === null ? null : mask(record.html) };
}

function dateBound(value: unknown, label: string): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) throw AppError.badRequest(`Date invalide pour le filtre « ${label} ».`);
  return value;
}

export async function listOutbox(db: Database, query: Record<string, unknown>) {
  const { sort, offset, limit, filter } = parseListQuery(query, {
    filters: FILTERS,
    sorts: SORTS,
    defaultSort: { field: 'createdAt', order: 'DESC' },
  });
  const criteria: OutboxFilter = {};
  if (filter.status !== undefined) criteria.statuses = oneOrMany(filter.status, STATUSES, 'statut');
  if (filter.kind !== undefined) criteria.kinds = oneOrMany(filter.kind, KINDS, 'type');
  if (filter.saisineId !== undefined) {
    if (typeof filter.saisineId !== 'string' || !UUID.test(filter.saisineId)) throw AppError.badRequest('Filtre « saisine » invalide.');
    criteria.saisineId = filter.saisineId;
  }
  if (filter.createdAt_gte !== undefined) criteria.createdAfter = dateBound(filter.createdAt_gte, 'créé après');
  if (filter.createdAt_lte !== undefined) criteria.createdBefore = dateBound(filter.createdAt_lte, 'créé avant');
  const { rows, total } = await selectOutboxPage(db, criteria, sort, { limit, offset });
  return { rows: rows.map(redact), total, offset };
}

export async function getOutboxMail(db: Database, id: string) {
  if (!UUID.test(id)) throw AppError.notFound('Courriel introuvable.');
  const row = await selectOutboxMail(db, id);
  if (!row) throw AppError.notFound('Courriel introuvable.');
  return redact(row);
}
