import type { AuthProvider } from 'react-admin';
import { canAccessWith } from './canAccess';
import type { SessionPayload, SessionStore } from './session';
import type { PendingSecondFactor } from '@info-parquet/common';

const SIGN_IN_FAILED = 'La connexion a échoué. Réessayez dans quelques instants.';
export const SECOND_FACTOR_PATH = '/double-authentification';
export const ENROLMENT_PATH = '/activer-double-authentification';

/** The answer of a right password when a second factor must follow. */
interface HalfSignedPayload {
  mfa: PendingSecondFactor;
  csrfToken: string;
}

interface LoginParams {
  username: string;
  password: string;
}

async function readMessage(response: Response): Promise<string | undefined> {
  try {
    const body = (await response.json()) as { message?: unknown };
    return typeof body.message === 'string' ? body.message : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Session-cookie authentication against the API (same origin): the user, their CASL rules and
 * the CSRF token are kept in memory and fetched again from `GET /auth/me` after a reload.
 */
export function createAuthProvider(session: SessionStore, apiUrl = '/api'): AuthProvider {
  let pendingMe: Promise<SessionPayload | null> | null = null;
  // After a 401 from `me`, the login page's own checks need not ask again: only login() reopens.
  let signedOut = false;

  // Several hooks ask at once on start-up (checkAuth, identity, menu): one request for all.
  function fetchMe(): Promise<SessionPayload | null> {
    pendingMe ??= fetch(`${apiUrl}/auth/me`, { credentials: 'include', headers: { Accept: 'application/json' } })
      .then(async (response) => {
        if (!response.ok) {
          session.clear();
          signedOut = response.status === 401;
          return null;
        }
        const payload = (await response.json()) as SessionPayload;
        session.set(payload);
        return payload;
      })
      .finally(() => {
        pendingMe = null;
      });
    return pendingMe;
  }

  async function currentSession(): Promise<SessionPayload | null> {
    return session.get() ?? (signedOut ? null : fetchMe());
  }

  async function requireSession(): Promise<SessionPayload> {
    const current = await currentSession();
    // `message: false`: straight to the login page, without an error notice on a first visit.
    if (!current) throw { message: false };
    return current;
  }

  return {
    async login({ username, password }: LoginParams) {
      const response = await fetch(`${apiUrl}/auth/login`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
        body: JSON.stringify({ email: username, password }),
      });
      if (!response.ok) throw new Error((await readMessage(response)) ?? SIGN_IN_FAILED);
      const payload = (await response.json()) as SessionPayload | HalfSignedPayload;
      signedOut = false;
      // Password right, second factor to give (or to set up first): its page completes the sign-in.
      if (payload.mfa === 'required') return { redirectTo: SECOND_FACTOR_PATH };
      if (payload.mfa === 'enrolment_required') return { redirectTo: ENROLMENT_PATH };
      session.set(payload as SessionPayload);
    },

    /** The session's CSRF token, for the account pages' own requests. */
    csrfToken() {
      return session.csrfToken();
    },

    async logout() {
      const token = session.csrfToken();
      session.clear();
      signedOut = true;
      // Nothing to close when the session was never opened (or already expired).
      if (!token) return;
      await fetch(`${apiUrl}/auth/logout`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'X-CSRF-Token': token },
      }).catch(() => undefined);
    },

    async checkAuth() {
      await requireSession();
    },

    async checkError(error: { status?: number }) {
      if (error?.status === 401) {
        session.clear();
        signedOut = true;
        throw error;
      }
      // 403 (not allowed), 404 (not visible to this court)… the session is still good.
    },

    async getIdentity() {
      const { user } = await requireSession();
      return {
        id: user.id,
        fullName: user.juridictionNom ? `${user.displayName} (${user.juridictionNom})` : user.displayName,
        displayName: user.displayName,
        role: user.role,
        juridictionId: user.juridictionId,
        juridictionNom: user.juridictionNom,
      };
    },

    async getPermissions() {
      return (await currentSession())?.rules ?? [];
    },

    async canAccess({ action, resource, record }) {
      const current = await currentSession();
      return current ? canAccessWith(current.rules, { action, resource, record }) : false;
    },
  };
}
