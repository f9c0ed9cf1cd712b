import type { Database, Transaction } from '../db/database';
import type { ClassementReason, Decision, OutboxRecord, OutboxStatus } from '@info-parquet/common';
import { camelCaseKeys, isoTime, isoTimeOrNull } from '../db/rows';
import { conditionsOf } from '../db/paged-list';

/**
 * Every SQL statement of the outbox, rows returned in camelCase. A mail is written in the
 * transaction of what it tells, and sent by the worker under a row lock (`SKIP LOCKED`).
 */

export interface OutboxMailRow {
  id: string;
  dedupeKey: string;
  kind: string;
  saisineId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  /** Base64 of the sealed secrets, or null. */
  sealedSecrets: string | null;
}

/** False when a mail with the same dedupe key exists already (nothing is written). */
export async function insertOutboxMail(db: Database, transaction: Transaction, mail: OutboxMailRow): Promise<boolean> {
  const [rows] = await db.query(
    `INSERT INTO outbox_mails (id, dedupe_key, kind, saisine_id, to_address, subject, text_body, html_body, sealed_secrets)
     VALUES (:id, :dedupeKey, :kind, :saisineId, :to, :subject, :text, :html, decode(:sealedSecrets, 'base64'))
     ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
    { transaction, replacements: { ...mail } },
  );
  return (rows as unknown[]).length > 0;
}

export interface OutboxAttachmentRow {
  mailId: string;
  position: number;
  filename: string;
  contentType: string;
  /** Base64 of the stored bytes (sealed or not). */
  content: string;
  sealed: boolean;
  sizeBytes: number;
}

export async function insertOutboxAttachment(db: Database, transaction: Transaction, attachment: OutboxAttachmentRow): Promise<void> {
  await db.query(
    `INSERT INTO outbox_mail_attachments (mail_id, position, filename, content_type, content, sealed, size_bytes)
     VALUES (:mailId, :position, :filename, :contentType, decode(:content, 'base64'), :sealed, :sizeBytes)`,
    { transaction, replacements: { ...attachment } },
  );
}

export interface DueMail {
  id: string;
  toAddress: string;
  subject: string;
  textBody: string;
  htmlBody: string | null;
  sealedSecrets: Buffer | null;
  attempts: number;
}

export interface StoredAttachment {
  position: number;
  filename: string;
  contentType: string;
  content: Buffer;
  sealed: boolean;
}

/** The next mail due, locked for this transaction; other workers skip it. Null when none is due. */
export async function lockNextDueMail(db: Database, transaction: Transaction): Promise<DueMail | null> {
  const [rows] = await db.query(
    `SELECT id, to_address, subject, text_body, html_body, sealed_secrets, attempts FROM outbox_mails
     WHERE status = 'en_attente' AND next_attempt_at <= now()
     ORDER BY next_attempt_at, id LIMIT 1 FOR UPDATE SKIP LOCKED`,
    { transaction },
  );
  const [row] = rows as Record<string, unknown>[];
  return row ? camelCaseKeys<DueMail>(row) : null;
}

export async function mailAttachments(db: Database, transaction: Transaction, mailId: string): Promise<StoredAttachment[]> {
  const [rows] = await db.query(
    'SELECT position, filename, content_type, content, sealed FROM outbox_mail_attachments WHERE mail_id = :id ORDER BY position',
    { replacements: { id: mailId }, transaction },
  );
  return (rows as Record<string, unknown>[]).map((row) => camelCaseKeys<StoredAttachment>(row));
}

/** A mail that can never be sent as it is (its secrets cannot be opened): a human decides. */
export async function markFailed(db: Database, transaction: Transaction, mailId: string, message: string): Promise<void> {
  await db.query(`UPDATE outbox_mails SET attempts = attempts + 1, last_error = :message, status = 'echec' WHERE id = :id`, {
    replacements: { id: mailId, message },
    transaction,
  });
}

/** A refused attempt: tried again after `delayMs`, or failed for good after `maxAttempts`. */
export async function scheduleRetry(
  db: Database,
  transaction: Transaction,
  retry: { mailId: string; attempts: number; message: string; maxAttempts: number; delayMs: number },
): Promise<void> {
  await db.query(
    `UPDATE outbox_mails SET attempts = :attempts, last_error = :message,
       status = CASE WHEN :attempts >= :maxAttempts THEN 'echec' ELSE 'en_attente' END,
       next_attempt_at = now() + make_interval(secs => :delay)
     WHERE id = :id`,
    {
      replacements: { id: retry.mailId, attempts: retry.attempts, message: retry.message.slice(0, 1000), maxAttempts: retry.maxAttempts, delay: retry.delayMs / 1000 },
      transaction,
    },
  );
}

export async function markSent(db: Database, transaction: Transaction, mailId: string): Promise<void> {
  await db.query(`UPDATE outbox_mails SET status = 'envoye', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = :id`, {
    replacements: { id: mailId },
    transaction,
  });
}

/** Once sent, a mail's secrets have no use left: they are dropped, so the outbox keeps none. */
export async function dropSecrets(db: Database, transaction: Transaction, mailId: string): Promise<void> {
  await db.query(`UPDATE outbox_mails SET sealed_secrets = NULL WHERE id = :mailId AND sealed_secrets IS NOT NULL`, {
    replacements: { mailId },
    transaction,
  });
  await db.query(`UPDATE outbox_mail_attachments SET content = ''::bytea WHERE mail_id = :mailId AND sealed`, {
    replacements: { mailId },
    transaction,
  });
}

/** What a mail about a referral needs to know of it and of its court. */
export interface SaisineForMail {
  reference: string;
  senderEmail: string;
  decision: Decision | null;
  decisionDetail: string;
  classementReason: ClassementReason | null;
  juridictionNom: string;
  emailBureauOrdre: string;
}

export async function saisineForMail(db: Database, transaction: Transaction, saisineId: string): Promise<SaisineForMail> {
  const [rows] = await db.query(
    `SELECT s.reference, s.sender_email, s.decision, s.decision_detail, s.classement_reason,
            j.nom AS juridiction_nom, j.email_bureau_ordre
     FROM saisines s JOIN juridictions j ON j.id = s.juridiction_id WHERE s.id = :saisineId`,
    { replacements: { saisineId }, transaction },
  );
  return camelCaseKeys<SaisineForMail>((rows as Record<string, unknown>[])[0]);
}

/** The administrator's view of the outbox: `where` built by list.ts from checked filters, escaped values only. */
const OUTBOX_SELECT = `SELECT m.id, m.kind, m.saisine_id, m.to_address, m.subject, m.text_body, m.html_body,
    m.status, m.attempts, m.next_attempt_at, m.sent_at, m.last_error, m.created_at,
    COALESCE((SELECT json_agg(json_build_object('filename', a.filename, 'contentType', a.content_type,
      'sizeBytes', COALESCE(a.size_bytes, octet_length(a.content))) ORDER BY a.position)
      FROM outbox_mail_attachments a WHERE a.mail_id = m.id), '[]'::json) AS attachments
  FROM outbox_mails m`;

interface OutboxListRow {
  id: string;
  kind: string;
  saisine_id: string | null;
  to_address: string;
  subject: string;
  text_body: string;
  html_body: string | null;
  status: OutboxStatus;
  attempts: number;
  next_attempt_at: Date;
  sent_at: Date | null;
  last_error: string | null;
  created_at: Date;
  attachments: OutboxRecord['attachments'];
}

const toOutboxRecord = (row: OutboxListRow): OutboxRecord => ({
  id: row.id,
  kind: row.kind,
  saisineId: row.saisine_id,
  to: row.to_address,
  subject: row.subject,
  text: row.text_body,
  html: row.html_body,
  status: row.status,
  attempts: row.attempts,
  nextAttemptAt: isoTime(row.next_attempt_at),
  sentAt: isoTimeOrNull(row.sent_at),
  lastError: row.last_error,
  createdAt: isoTime(row.created_at),
  attachments: row.attachments,
});

export interface OutboxFilter {
  statuses?: string[];
  kinds?: string[];
  saisineId?: string;
  createdAfter?: string;
  createdBefore?: string;
}

export type OutboxSort = 'createdAt' | 'status' | 'kind' | 'sentAt';

const OUTBOX_CONDITIONS: Record<keyof OutboxFilter, string> = {
  statuses: 'm.status IN (:statuses)',
  kinds: 'm.kind IN (:kinds)',
  saisineId: 'm.saisine_id = :saisineId',
  createdAfter: 'm.created_at >= :createdAfter',
  createdBefore: 'm.created_at <= :createdBefore',
};

/** Each sort is served by an index of migration 0006. */
const OUTBOX_ORDER: Record<OutboxSort, (dir: 'ASC' | 'DESC') => string> = {
  createdAt: (dir) => `m.created_at ${dir}, m.id ${dir}`,
  status: (dir) => `m.status ${dir}, m.created_at ${dir}, m.id ${dir}`,
  kind: (dir) => `m.kind ${dir}, m.created_at ${dir}, m.id ${dir}`,
  sentAt: (dir) => `m.sent_at ${dir} NULLS LAST, m.id ${dir}`,
};

export async function selectOutboxPage(
  db: Database,
  filter: OutboxFilter,
  sort: { field: OutboxSort; order: 'ASC' | 'DESC' },
  page: { limit: number; offset: number },
) {
  const clause = conditionsOf(filter, OUTBOX_CONDITIONS).join(' AND ') || 'TRUE';
  const replacements = { ...filter };
  const [rows] = await db.query<OutboxListRow>(
    `${OUTBOX_SELECT} WHERE ${clause} ORDER BY ${OUTBOX_ORDER[sort.field](sort.order)} LIMIT ${page.limit} OFFSET ${page.offset}`,
    { replacements },
  );
  const [[{ total }]] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM outbox_mails m WHERE ${clause}`, { replacements });
  return { rows: rows.map(toOutboxRecord), total };
}

export async function selectOutboxMail(db: Database, id: string): Promise<OutboxRecord | null> {
  const [rows] = await db.query<OutboxListRow>(`${OUTBOX_SELECT} WHERE m.id = :id`, { replacements: { id } });
  return rows.length > 0 ? toOutboxRecord(rows[0]) : null;
}
