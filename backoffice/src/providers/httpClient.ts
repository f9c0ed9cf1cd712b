import { fetchUtils } from 'react-admin';
import type { SessionStore } from './session';

const SAFE_METHODS = ['GET', 'HEAD', 'OPTIONS'];

/**
 * `fetchJson` with the session cookie and, on every state-changing request, the CSRF token
 * that login and `me` handed over (the API refuses such requests without it, with a 403).
 */
export function createHttpClient(session: SessionStore) {
  return (url: string, options: fetchUtils.Options = {}) => {
    const headers = new Headers(options.headers);
    if (!headers.has('Accept')) headers.set('Accept', 'application/json');
    const method = (options.method ?? 'GET').toUpperCase();
    const token = session.csrfToken();
    if (!SAFE_METHODS.includes(method) && token) headers.set('X-CSRF-Token', token);
    return fetchUtils.fetchJson(url, { ...options, headers, credentials: 'include' });
  };
}
