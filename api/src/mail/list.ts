import { sqlLiteral, type Database } from '../db/database';
import { OUTBOX_STATUSES } from '@info-parquet/common';
import { AppError } from '../http/app-error';
import { oneOrMany, parseListQuery } from '../http/simple-rest-query';
import { camelCaseKeys } from '../db/rows';
import { OUTBOX_MAIL_KINDS } from './enqueue';
import { UUID } from '../http/uuid';
import { selectOutboxMail, selectOutboxPage } from './outbox-repository';

const FILTERS = ['status', 'kind', 'saisineId', 'createdAt_gte', 'createdAt_lte'] as const;
const SORTS = ['createdAt', 'status', 'kind', 'sentAt'] as const;
const STATUSES = OUTBOX_STATUSES;
const KINDS = OUTBOX_MAIL_KINDS;

/** Each sort is served by an index of migration 0006. */
const ORDER_BY: Record<(typeof SORTS)[number], (dir: 'ASC' | 'DESC') => string> = {
  createdAt: (dir) => `m.created_at ${dir}, m.id ${dir}`,
  status: (dir) => `m.status ${dir}, m.created_at ${dir}, m.id ${dir}`,
  kind: (dir) => `m.kind ${dir}, m.created_at ${dir}, m.id ${dir}`,
  sentAt: (dir) => `m.sent_at ${dir} NULLS LAST, m.id ${dir}`,
};

/**
 * The administrator reads mails to check what was sent, not to follow referrals. Secrets are
 * stored sealed (mail-secrets.ts) and never selected here; a tracking link that would still be in
 * a body (a mail written before sealing existed) is masked all the same.
 */
function redact(row: Record<string, unknown>): Record<string, unknown> {
  const mask = (value: unknown) => (typeof value === 'string' ? value.replace(/(\/suivi\/)[A-Za-z0-9_-]{43}/g, '$1…') : value);
  return { ...camelCaseKeys(row), text: mask(row.text), html: mask(row.html) };
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
  const esc = (value: unknown) => sqlLiteral(value);
  const where = ['TRUE'];
  if (filter.status !== undefined) where.push(`m.status IN (${oneOrMany(filter.status, STATUSES, 'statut').map(esc).join(', ')})`);
  if (filter.kind !== undefined) where.push(`m.kind IN (${oneOrMany(filter.kind, KINDS, 'type').map(esc).join(', ')})`);
  if (filter.saisineId !== undefined) {
    if (typeof filter.saisineId !== 'string' || !UUID.test(filter.saisineId)) throw AppError.badRequest('Filtre « saisine » invalide.');
    where.push(`m.saisine_id = ${esc(filter.saisineId)}`);
  }
  if (filter.createdAt_gte !== undefined) where.push(`m.created_at >= ${esc(dateBound(filter.createdAt_gte, 'créé après'))}`);
  if (filter.createdAt_lte !== undefined) where.push(`m.created_at <= ${esc(dateBound(filter.createdAt_lte, 'créé avant'))}`);
  const { rows, total } = await selectOutboxPage(db, { clause: where.join(' AND '), orderBy: ORDER_BY[sort.field](sort.order), limit, offset });
  return { rows: rows.map(redact), total, offset };
}

export async function getOutboxMail(db: Database, id: string) {
  if (!UUID.test(id)) throw AppError.notFound('Courriel introuvable.');
  const row = await selectOutboxMail(db, id);
  if (!row) throw AppError.notFound('Courriel introuvable.');
  return redact(row);
}
