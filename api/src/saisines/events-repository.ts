import type { Database, Transaction } from '../db/database';
import type { EventType, SaisineStatus } from '@info-parquet/common';

/** Who did something: the system, a back-office user, or the sender through the tracking link. */
export interface EventActor {
  type: 'system' | 'user' | 'sender';
  id?: string | null;
  label: string;
}

export interface NewEvent {
  saisineId: string;
  type: EventType;
  actor: EventActor;
  at?: Date;
  fromStatus?: SaisineStatus | null;
  toStatus?: SaisineStatus | null;
  reason?: string;
  payload?: Record<string, unknown>;
}

/** Appends one event to a referral's chain; the database fills its sequence number and hashes. */
export async function appendEvent(db: Database, transaction: Transaction, event: NewEvent): Promise<void> {
  await db.query(
    `INSERT INTO saisine_events (saisine_id, at, type, actor_type, actor_id, actor_label, from_status, to_status, reason, payload)
     VALUES (:saisineId, :at, :type, :actorType, :actorId, :actorLabel, :fromStatus, :toStatus, :reason, :payload::jsonb)`,
    {
      transaction,
      replacements: {
        saisineId: event.saisineId,
        at: (event.at ?? new Date()).toISOString(),
        type: event.type,
        actorType: event.actor.type,
        actorId: event.actor.id ?? null,
        actorLabel: event.actor.label,
        fromStatus: event.fromStatus ?? null,
        toStatus: event.toStatus ?? null,
        reason: event.reason ?? '',
        payload: JSON.stringify(event.payload ?? {}),
      },
    },
  );
}

export interface SaisineEventView {
  id: string;
  seq: number;
  at: Date;
  type: EventType;
  actorType: EventActor['type'];
  actorLabel: string;
  fromStatus: SaisineStatus | null;
  toStatus: SaisineStatus | null;
  reason: string;
  payload: Record<string, unknown>;
  hash: string;
}

export interface ChainVerification {
  ok: boolean;
  checked: number;
  brokenSeq: number | null;
}

/** Recomputes every hash of a referral's chain in the database. */
export async function verifyChain(db: Database, saisineId: string): Promise<ChainVerification> {
  const [rows] = await db.query('SELECT ok, checked, broken_seq FROM saisine_events_verify(:saisineId)', {
    replacements: { saisineId },
  });
  const [row] = rows as Array<{ ok: boolean; checked: number; broken_seq: number | null }>;
  return { ok: row.ok, checked: row.checked, brokenSeq: row.broken_seq };
}
