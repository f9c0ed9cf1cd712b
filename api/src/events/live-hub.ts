import type { Pool, PoolClient } from 'pg';

/** One row of `live_events` (migration 0018): what an open back-office screen is told. */
export interface LiveEvent {
  id: string;
  juridictionId: string;
  type: 'saisine_recue' | 'saisine_statut';
  payload: Record<string, unknown>;
}

export type LiveListener = (event: LiveEvent) => void;

export interface LiveHub {
  /** Calls `listener` for every live event committed by any API process, until the returned function is called. */
  subscribe(listener: LiveListener): Promise<() => void>;
  /** The events after `afterId` (a reconnecting screen's `Last-Event-ID`), oldest first, at most `limit`. */
  since(afterId: string, limit: number): Promise<LiveEvent[]>;
  /** The newest event id: where a fresh screen starts from. */
  latestId(): Promise<string>;
}

export const LIVE_CHANNEL = 'info_parquet_live';

interface Row {
  id: string;
  juridiction_id: string;
  type: LiveEvent['type'];
  payload: Record<string, unknown>;
}

const toEvent = (row: Row): LiveEvent => ({ id: String(row.id), juridictionId: row.juridiction_id, type: row.type, payload: row.payload });

/**
 * The process's ear on PostgreSQL's LISTEN/NOTIFY: a write committed by any process (a submission,
 * a transition) reaches the screens connected to this one. One connection listens while at least
 * one screen is open, and is given back to the pool when the last one leaves.
 */
export function createLiveHub(pool: Pool, log: (line: string) => void = console.error): LiveHub {
  const listeners = new Set<LiveListener>();
  let client: PoolClient | null = null;
  let connecting: Promise<void> | null = null;

  const dispatch = async (id: string) => {
    const { rows } = await pool.query<Row>('SELECT id::text, juridiction_id, type, payload FROM live_events WHERE id = $1', [id]);
    if (!rows[0]) return;
    const event = toEvent(rows[0]);
    for (const listener of listeners) listener(event);
  };

  const onNotification = (message: { channel: string; payload?: string }) => {
    if (message.channel !== LIVE_CHANNEL || !message.payload || !/^\d+$/.test(message.payload)) return;
    dispatch(message.payload).catch((error) => log(`Évènements en direct : ${error instanceof Error ? error.message : String(error)}`));
  };

  const release = (broken = false) => {
    const held = client;
    client = null;
    if (!held) return;
    held.removeListener('notification', onNotification);
    if (broken) return held.release(true);
    held.query(`UNLISTEN ${LIVE_CHANNEL}`).then(
      () => held.release(),
      () => held.release(true),
    );
  };

  const listen = async () => {
    const held = await pool.connect();
    held.on('notification', onNotification);
    held.once('error', (error) => {
      log(`Évènements en direct : connexion perdue (${error.message})`);
      if (client === held) release(true);
    });
    await held.query(`LISTEN ${LIVE_CHANNEL}`);
    client = held;
  };

  return {
    async subscribe(listener) {
      listeners.add(listener);
      if (!client) {
        connecting ??= listen().finally(() => {
          connecting = null;
        });
        try {
          await connecting;
        } catch (error) {
          listeners.delete(listener);
          throw error;
        }
      }
      return () => {
        listeners.delete(listener);
        if (listeners.size === 0 && !connecting) release();
      };
    },
    async since(afterId, limit) {
      const { rows } = await pool.query<Row>(
        `SELECT id::text, juridiction_id, type, payload FROM live_events
         WHERE id > $1 AND created_at > now() - interval '1 day' ORDER BY id LIMIT $2`,
        [afterId, limit],
      );
      return rows.map(toEvent);
    },
    async latestId() {
      const { rows } = await pool.query<{ id: string | null }>('SELECT max(id)::text AS id FROM live_events');
      return rows[0].id ?? '0';
    },
  };
}
