import type { PendingSecondFactor } from '@info-parquet/common';

/**
 * The account pages speak to `/api/auth/*` directly: several of them work before the sign-in is
 * complete, outside react-admin's data provider.
 */
export interface ApiAnswer<T = Record<string, unknown>> {
  ok: boolean;
  status: number;
  body: T & { message?: string; errors?: Record<string, string> };
}

const API = '/api';

async function answer<T>(response: Response): Promise<ApiAnswer<T>> {
  let body = {} as ApiAnswer<T>['body'];
  try {
    body = (await response.json()) as ApiAnswer<T>['body'];
  } catch {
    // 204 or a proxy's HTML page: the status says enough.
  }
  return { ok: response.ok, status: response.status, body };
}

export async function getJson<T>(path: string): Promise<ApiAnswer<T>> {
  const response = await fetch(`${API}${path}`, { credentials: 'include', headers: { Accept: 'application/json' } });
  return answer<T>(response);
}

export async function postJson<T>(path: string, body: unknown, csrfToken?: string | null): Promise<ApiAnswer<T>> {
  const response = await fetch(`${API}${path}`, {
    method: 'POST',
    credentials: 'include',
    headers: {
      'Content-Type': 'application/json',
      Accept: 'application/json',
      ...(csrfToken ? { 'X-CSRF-Token': csrfToken } : {}),
    },
    body: JSON.stringify(body),
  });
  return answer<T>(response);
}

/** The session as `GET /auth/me` tells it: complete, half signed in (with its step), or none. */
export type SessionState =
  | { kind: 'signed-in'; csrfToken: string }
  | { kind: 'half'; mfa: PendingSecondFactor; csrfToken: string }
  | { kind: 'none' };

export async function sessionState(): Promise<SessionState> {
  const me = await getJson<{ csrfToken?: string; mfa?: string }>('/auth/me');
  if (me.ok && me.body.csrfToken) return { kind: 'signed-in', csrfToken: me.body.csrfToken };
  if ((me.body.mfa === 'required' || me.body.mfa === 'enrolment_required') && me.body.csrfToken) {
    return { kind: 'half', mfa: me.body.mfa, csrfToken: me.body.csrfToken };
  }
  return { kind: 'none' };
}

export const NETWORK_ERROR = 'Le service ne répond pas. Vérifiez votre connexion et réessayez.';
export const fallbackMessage = (result: ApiAnswer, fallback: string) => result.body.message ?? fallback;
