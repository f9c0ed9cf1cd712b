import type { Request, Response } from 'express';
import { subject } from '@casl/ability';
import type { AppAbility, Subject } from '@info-parquet/common';
import type { LiveEvent, LiveHub } from './live-hub';

export interface StreamSettings {
  heartbeatMs: number;
  /** A stream ends after this long; the browser reconnects at once, so the session is checked anew. */
  maxAgeMs: number;
}

export const DEFAULT_STREAM_SETTINGS: StreamSettings = { heartbeatMs: 25_000, maxAgeMs: 15 * 60_000 };

const REPLAY_LIMIT = 500;

/** The user's rules decide, as for the list: an event of another court is never sent. */
const visibleTo = (ability: AppAbility, event: LiveEvent) =>
  ability.can('read', subject('Saisine', { juridictionId: event.juridictionId }) as unknown as Subject);

function frame(event: LiveEvent): string {
  return `id: ${event.id}\nevent: ${event.type}\ndata: ${JSON.stringify(event.payload)}\n\n`;
}

/**
 * A server-sent events stream of the referrals the user may read: new arrivals (urgent ones
 * flagged) and status changes. After a drop, the browser sends `Last-Event-ID` and gets what it missed.
 */
export async function streamLiveEvents(hub: LiveHub, ability: AppAbility, req: Request, res: Response, settings: StreamSettings) {
  const lastEventId = req.get('Last-Event-ID') ?? (typeof req.query.lastEventId === 'string' ? req.query.lastEventId : undefined);
  const sent = new Set<string>();
  let queue: LiveEvent[] | null = [];
  const send = (event: LiveEvent) => {
    if (!visibleTo(ability, event) || sent.has(event.id)) return;
    sent.add(event.id);
    if (sent.size > 5_000) sent.clear();
    res.write(frame(event));
  };

  // Listen first, then replay: nothing committed in between can be lost.
  const unsubscribe = await hub.subscribe((event) => (queue ? queue.push(event) : send(event)));
  res.status(200).set({
    'Content-Type': 'text/event-stream; charset=utf-8',
    'Cache-Control': 'no-store',
    Connection: 'keep-alive',
    // Reverse proxies (nginx) must not buffer the stream.
    'X-Accel-Buffering': 'no',
  });
  res.flushHeaders();
  res.write('retry: 5000\n\n');

  const heartbeat = setInterval(() => res.write(': ping\n\n'), settings.heartbeatMs);
  const maxAge = setTimeout(() => res.end(), settings.maxAgeMs);
  const close = () => {
    clearInterval(heartbeat);
    clearTimeout(maxAge);
    unsubscribe();
  };
  res.on('close', close);

  try {
    if (lastEventId && /^\d{1,18}$/.test(lastEventId)) {
      for (const event of await hub.since(lastEventId, REPLAY_LIMIT)) send(event);
    } else {
      // A fresh screen: give it a cursor to come back with.
      res.write(`id: ${await hub.latestId()}\nevent: pret\ndata: {}\n\n`);
    }
  } finally {
    const pending = queue;
    queue = null;
    for (const event of pending) send(event);
  }
}
