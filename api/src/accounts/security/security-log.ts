import type { Database, Transaction } from '../../db/database';
import type { SecurityEventType } from '@info-parquet/common';

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
  await db.query(
    `INSERT INTO security_events (type, user_id, email, ip, user_agent, details)
     VALUES (:type, :userId, :email, :ip, :userAgent, :details::jsonb)`,
    {
      transaction,
      replacements: {
        type: event.type,
        userId: event.userId ?? null,
        email: event.email?.slice(0, 320) ?? null,
        ip: origin.ip,
        userAgent: origin.userAgent,
        details: JSON.stringify(event.details ?? {}),
      },
    },
  );
}
