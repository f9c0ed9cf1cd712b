import { OUTBOX_MAIL_KIND_LABELS, OUTBOX_STATUS_LABELS, OUTBOX_STATUSES, type OutboxStatus } from '@info-parquet/common';

/** A mail as `GET /api/outbox` answers it: its secrets (tracking links) are never part of it. */
export interface OutboxRecord {
  id: string;
  kind: string;
  saisineId: string | null;
  to: string;
  subject: string;
  text: string;
  html: string | null;
  status: OutboxStatus;
  attempts: number;
  nextAttemptAt: string;
  sentAt: string | null;
  lastError: string | null;
  createdAt: string;
  attachments: Array<{ filename: string; contentType: string; sizeBytes: number }>;
}

export const STATUS_CHOICES = OUTBOX_STATUSES.map((status) => ({ id: status, name: OUTBOX_STATUS_LABELS[status] }));
export const kindLabel = (kind: string) => OUTBOX_MAIL_KIND_LABELS[kind] ?? kind;
