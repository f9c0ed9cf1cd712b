import type { Database } from '../db/database';
import type { LiveEvent } from './live-hub';

/** The live events (`live_events`, migration 0018), read by id: what open screens are told. */

const SELECT = `SELECT id::text, juridiction_id AS "juridictionId", type, payload FROM live_events`;

export async function findLiveEvent(db: Database, id: string): Promise<LiveEvent | undefined> {
  const [rows] = await db.query<LiveEvent>(`${SELECT} WHERE id = :id`, { replacements: { id } });
  return rows[0];
}

/** Events after `afterId`, oldest first; `withinDay` keeps only those a reconnecting screen may still ask for. */
export async function liveEventsAfter(db: Database, afterId: string, limit: number, withinDay = false): Promise<LiveEvent[]> {
  const [rows] = await db.query<LiveEvent>(
    `${SELECT} WHERE id > :afterId ${withinDay ? "AND created_at > now() - interval '1 day'" : ''} ORDER BY id LIMIT :limit`,
    { replacements: { afterId, limit } },
  );
  return rows;
}

export async function latestLiveEventId(db: Database): Promise<string> {
  const [[row]] = await db.query<{ id: string | null }>('SELECT max(id)::text AS id FROM live_events');
  return row.id ?? '0';
}
