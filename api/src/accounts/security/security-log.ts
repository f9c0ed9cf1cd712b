import type { Database, Transaction } from '../../db/database';
import type { SecurityEventType } from '@info-parquet/common';
import { insertSecurityEvent } from './security-repository';

/** Where a request comes from, as the security log and the consultation log record it. */
export interface RequestOrigin {
  ip: string | null;
  userAgent: string | null;
}

export interface SecurityEvent {
  type: SecurityEventType;
  /** The account concerned, when it is known. */
  userId?: string | null;
  /** The address that was typed or the account's address (kept for unknown accounts too). */
  email?: string | null;
  details?: Record<string, unknown>;
}

/** Appends one row to the security log (append-only: the database refuses changes). */
export async function recordSecurityEvent(
  db: Database,
  origin: RequestOrigin,
  event: SecurityEvent,
  transaction?: Transaction,
): Promise<void> {
  await insertSecurityEvent(
    db,
    {
      type: event.type,
      userId: event.userId ?? null,
      email: event.email?.slice(0, 320) ?? null,
      ip: origin.ip,
      userAgent: origin.userAgent,
      details: event.details ?? {},
    },
    transaction,
  );
}
