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

/** Sessions live in PostgreSQL so that several API processes share them. */
export function sessionMiddleware(options: SessionOptions): RequestHandler {
  const PgStore = connectPgSimple(session);
  return session({
    name: SESSION_COOKIE,
    secret: options.secret,
    store: new PgStore({ pool: options.pool, tableName: 'sessions', createTableIfMissing: false, pruneSessionInterval: 600 }),
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
