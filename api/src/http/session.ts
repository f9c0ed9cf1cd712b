import session from 'express-session';
import connectPgSimple from 'connect-pg-simple';
import type { RequestHandler } from 'express';
import type { Database } from '../db/database';
import { findSessionWithUser, type SessionUser } from '../accounts/auth/credentials-repository';

declare module 'express-session' {
  interface SessionData {
    userId: string;
    csrfToken: string;
    createdAt: number;
  }
}

declare module 'express-serve-static-core' {
  interface Request {
    /**
     * The account the stored session named when it was read (`userId`), read in the same
     * statement (`user` null: no such account); undefined when the session was not read from the store.
     */
    sessionUser?: { userId: unknown; user: SessionUser | null };
  }
}

export interface SessionOptions {
  db: Database;
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
  const store = new PgStore({ pool: options.db.pool, tableName: 'sessions', createTableIfMissing: false, pruneSessionInterval: 600 });
  // Every signed-in request reads its session, then its user: one statement for both (one round
  // trip less per request). The user travels from the store's read to the request beside the
  // session's data, never inside it (it is not saved with the session).
  const users = new WeakMap<object, { userId: unknown; user: SessionUser | null }>();
  store.get = (sid, callback) => {
    findSessionWithUser(options.db, sid, Math.ceil(Date.now() / 1000)).then(
      (found) => {
        if (!found) return callback(null, null);
        users.set(found.sess, { userId: found.sess.userId, user: found.user });
        callback(null, found.sess as unknown as session.SessionData);
      },
      (error: unknown) => callback(error),
    );
  };
  const createSession = store.createSession.bind(store);
  store.createSession = (req, sess) => {
    const read = users.get(sess);
    if (read !== undefined) req.sessionUser = read;
    return createSession(req, sess);
  };
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
