import session from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import type { Pool } from 'pg';
import type { RequestHandler } from 'express';

declare module 'express-session' {
  interface SessionData {
    userId: string;
    csrfToken: string;
    createdAt: number;
  }
}

export interface SessionOptions {
  pool: Pool;
  secret: string;
  idleMinutes: number;
  secureCookie: boolean;
}

export const SESSION_COOKIE = 'ip.sid';

/** How often an active session's expiry is pushed back in the database. */
const TOUCH_INTERVAL_MS = 60_000;

/** Sessions live in PostgreSQL so that several API processes share them. */
export function sessionMiddleware(options: SessionOptions): RequestHandler {
  const PgStore = connectPgSimple(session);
  const store = new PgStore({ pool: options.pool, tableName: 'sessions', createTableIfMissing: false, pruneSessionInterval: 600 });
  // A rolling session would otherwise cost one UPDATE per request: push the expiry back at most
  // once a minute per session and process (the idle timeout stays exact to the minute).
  const touch = store.touch.bind(store);
  const lastTouch = new Map<string, number>();
  store.touch = (sid, sess, callback) => {
    const now = Date.now();
    if (now - (lastTouch.get(sid) ?? 0) < TOUCH_INTERVAL_MS) return callback?.();
    if (lastTouch.size > 100_000) lastTouch.clear();
    lastTouch.set(sid, now);
    touch(sid, sess, callback);
  };
  return session({
    name: SESSION_COOKIE,
    secret: options.secret,
    store,
    resave: false,
    saveUninitialized: false,
    rolling: true,
    cookie: {
      httpOnly: true,
      sameSite: 'lax',
      secure: options.secureCookie,
      maxAge: options.idleMinutes * 60_000,
      path: '/',
    },
  });
}
