import type { SecurityEventRecord, SecurityEventType } from '@info-parquet/common';
import type { Database, Row, Transaction } from '../../db/database';
import { isoTime } from '../../db/rows';
import { conditionsOf, pagedList } from '../../db/paged-list';

/** The security log (`security_events`, append-only: the database refuses changes). */

export interface SecurityEventRow {
  type: SecurityEventType;
  userId: string | null;
  email: string | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
}

export async function insertSecurityEvent(db: Database, row: SecurityEventRow, transaction?: Transaction): Promise<void> {
  await db.query(
    `INSERT INTO security_events (type, user_id, email, ip, user_agent, details)
     VALUES (:type, :userId, :email, :ip, :userAgent, :details::jsonb)`,
    { transaction, replacements: { ...row, details: JSON.stringify(row.details) } },
  );
}

export interface SecurityEventFilter {
  types?: string[];
  userId?: string;
  /** A LIKE pattern on the lower-cased address (index of migration 0016). */
  emailPrefix?: string;
  ip?: string;
  atGte?: string;
  atLte?: string;
}

const CONDITIONS: Record<keyof SecurityEventFilter, string> = {
  types: 'type IN (:types)',
  userId: 'user_id = :userId',
  emailPrefix: 'lower(email) LIKE :emailPrefix',
  ip: 'ip = :ip',
  atGte: 'at >= :atGte',
  atLte: 'at <= :atLte',
};

const toSecurityEventRecord = (row: Row): SecurityEventRecord => ({
  id: row.id,
  at: isoTime(row.at),
  type: row.type,
  userId: row.user_id,
  email: row.email,
  ip: row.ip,
  userAgent: row.user_agent,
  details: row.details,
});

/** One page of the log in time order (index on `at`). */
export async function pageSecurityEvents(db: Database, filter: SecurityEventFilter, order: 'ASC' | 'DESC', page: { limit: number; offset: number }) {
  return pagedList(db, {
    map: toSecurityEventRecord,
    select: 'SELECT id::text, at, type, user_id, email, ip, user_agent, details FROM security_events',
    table: 'security_events',
    where: conditionsOf(filter, CONDITIONS),
    orderBy: `at ${order}, id ${order}`,
    ...page,
    replacements: { ...filter },
  });
}
