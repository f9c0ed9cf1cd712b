import type { ApiErrorBody } from './types';

/** The server answered with an error status; `body` is its JSON error when it sent one. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly body: ApiErrorBody,
  ) {
    super(body.message ?? `Erreur ${status}`);
    this.name = 'ApiError';
  }
}

/** The request never got an answer (offline, server down, proxy error page…). */
export class NetworkError extends Error {
  constructor(cause?: unknown) {
    super('Le service est injoignable.', { cause });
    this.name = 'NetworkError';
  }
}

/** By name: the DOMException class differs between browsers, Node and jsdom. */
export const isAbortError = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { name?: unknown }).name === 'AbortError';

async function readJson(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

/** fetch + JSON, turning every failure into an ApiError or a NetworkError. Aborts rethrow as is. */
export async function requestJson<T>(url: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      ...init,
      headers: { Accept: 'application/json', ...init.headers },
    });
  } catch (error) {
    if (isAbortError(error)) throw error;
    throw new NetworkError(error);
  }
  const body = await readJson(response);
  if (!response.ok) {
    const errorBody = body && typeof body === 'object' ? (body as ApiErrorBody) : {};
    throw new ApiError(response.status, errorBody);
  }
  if (body === null) throw new NetworkError(new Error('Réponse illisible.'));
  return body as T;
}

