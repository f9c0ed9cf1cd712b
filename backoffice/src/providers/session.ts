import type { AppRule, SignedInUser } from '@info-parquet/common';

/** The signed-in user, as the session contract (common) describes it. */
export type SessionUser = SignedInUser;

/** A complete sign-in's answer (common's `SessionInfo` with `mfa: 'ok'`): the user, their CASL rules and the session's CSRF token. */
export interface SessionPayload {
  user: SessionUser;
  rules: AppRule[];
  csrfToken: string;
  /** `ok`: fully signed in (the second factor, when the account has one, was given). */
  mfa?: 'ok';
}

/**
 * The session lives in memory only (the cookie is HttpOnly): the auth provider fills it, the data
 * provider reads the CSRF token from it. One store per app, so that tests start from a clean one.
 */
export interface SessionStore {
  get(): SessionPayload | null;
  set(payload: SessionPayload): void;
  clear(): void;
  csrfToken(): string | null;
}

export function createSessionStore(): SessionStore {
  let current: SessionPayload | null = null;
  return {
    get: () => current,
    set: (payload) => {
      current = payload;
    },
    clear: () => {
      current = null;
    },
    csrfToken: () => current?.csrfToken ?? null,
  };
}
