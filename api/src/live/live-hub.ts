import type { PoolClient } from 'pg';
import type { Database } from '../db/database';
import { findLiveEvent, latestLiveEventId, liveEventsAfter } from './live-events-repository';

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

export interface LiveHubOptions {
  /** First wait before listening again after a lost connection; doubles up to `maxRetryMs`. */
  retryMs?: number;
  maxRetryMs?: number;
}

/**
 * The process's ear on PostgreSQL's LISTEN/NOTIFY: a write committed by any process (a submission,
 * a transition) reaches the screens connected to this one. One connection listens while at least
 * one screen is open, and is given back to the pool when the last one leaves. When that connection
 * is lost (PostgreSQL restarted, network), it listens again by itself, with growing waits, and
 * then hands the open screens every event committed meanwhile (from the last one it dispatched):
 * an open screen never goes silent.
 */
export function createLiveHub(db: Database, log: (line: string) => void = console.error, options: LiveHubOptions = {}): LiveHub {
  const retryMs = options.retryMs ?? 500;
  const maxRetryMs = options.maxRetryMs ?? 15_000;
  const listeners = new Set<LiveListener>();
  let client: PoolClient | null = null;
  let connecting: Promise<void> | null = null;
  /** The newest event handed to the screens: where a catch-up starts. */
  let lastId: bigint | null = null;
  let retryTimer: NodeJS.Timeout | null = null;
  let nextRetryMs = retryMs;

  const hand = (event: LiveEvent) => {
    const id = BigInt(event.id);
    if (lastId === null || id > lastId) lastId = id;
    for (const listener of listeners) listener(event);
  };

  const dispatch = async (id: string) => {
    const event = await findLiveEvent(db, id);
    if (event) hand(event);
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

  /** Everything committed after the last event handed out, in order (what a lost connection missed). */
  const catchUp = async () => {
    if (lastId === null) {
      lastId = BigInt(await latestLiveEventId(db));
      return;
    }
    for (;;) {
      const rows = await liveEventsAfter(db, lastId.toString(), 500);
      rows.forEach(hand);
      if (rows.length < 500) return;
    }
  };

  const scheduleRetry = () => {
    if (retryTimer || listeners.size === 0) return;
    const wait = nextRetryMs;
    nextRetryMs = Math.min(nextRetryMs * 2, maxRetryMs);
    retryTimer = setTimeout(() => {
      retryTimer = null;
      if (client || listeners.size === 0) return;
      connecting ??= listen().finally(() => {
        connecting = null;
      });
      connecting.then(
        () => log('Évènements en direct : écoute rétablie.'),
        () => scheduleRetry(),
      );
    }, wait);
    retryTimer.unref();
  };

  const listen = async () => {
    const held = await db.pool.connect();
    held.on('notification', onNotification);
    held.once('error', (error) => {
      log(`Évènements en direct : connexion perdue (${error.message}) ; nouvelle tentative…`);
      if (client === held) release(true);
      scheduleRetry();
    });
    try {
      await held.query(`LISTEN ${LIVE_CHANNEL}`);
    } catch (error) {
      held.removeListener('notification', onNotification);
      held.release(true);
      throw error;
    }
    client = held;
    nextRetryMs = retryMs;
    // Listening first, then reading: nothing committed in between is lost (a screen drops duplicates).
    await catchUp();
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
        if (listeners.size === 0 && !connecting) {
          release();
          if (retryTimer) clearTimeout(retryTimer);
          retryTimer = null;
          // The next screen starts from now (it replays what it missed itself, by Last-Event-ID).
          lastId = null;
        }
      };
    },
    async since(afterId, limit) {
      return liveEventsAfter(db, afterId, limit, true);
    },
    async latestId() {
      return latestLiveEventId(db);
    },
  };
}
