import { OUTBOX_MAIL_KIND_LABELS, OUTBOX_STATUS_LABELS, OUTBOX_STATUSES, type OutboxMailKind } from '@info-parquet/common';

/** A mail as `GET /api/outbox` answers it (common's contract): its secrets are never part of it. */
export type { OutboxRecord } from '@info-parquet/common';

export const STATUS_CHOICES = OUTBOX_STATUSES.map((status) => ({ id: status, name: OUTBOX_STATUS_LABELS[status] }));
/** A kind this version does not know is shown as it is stored. */
export const kindLabel = (kind: string) => OUTBOX_MAIL_KIND_LABELS[kind as OutboxMailKind] ?? kind;
