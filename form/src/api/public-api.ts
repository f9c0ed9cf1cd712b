import { requestJson } from './http';
import type { Commune, JuridictionPublique, Routage, SaisineReceipt, Suivi } from './types';
import type { SaisinePayload } from '../saisine/to-payload';

/** The public (no account) endpoints the form calls. */

export function searchCommunes(query: string, signal?: AbortSignal): Promise<Commune[]> {
  return requestJson<Commune[]>(`/api/public/communes?q=${encodeURIComponent(query)}`, { signal });
}

export function fetchRoutage(codeInsee: string, signal?: AbortSignal): Promise<Routage> {
  return requestJson<Routage>(`/api/public/communes/${encodeURIComponent(codeInsee)}/routage`, { signal });
}

/** The active courts, the specialised parquets last. */
export function fetchJuridictions(signal?: AbortSignal): Promise<JuridictionPublique[]> {
  return requestJson<JuridictionPublique[]>('/api/public/juridictions', { signal });
}

export function postSaisine(payload: SaisinePayload, idempotencyKey: string): Promise<SaisineReceipt> {
  return requestJson<SaisineReceipt>('/api/public/saisines', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Idempotency-Key': idempotencyKey },
    body: JSON.stringify(payload),
  });
}

export function fetchSuivi(token: string, signal?: AbortSignal): Promise<Suivi> {
  return requestJson<Suivi>(`/api/public/suivi/${encodeURIComponent(token)}`, { signal });
}

export function postSuiviMessage(token: string, body: { message: string; attachmentIds: string[] }): Promise<{ status: string; message: string }> {
  return requestJson(`/api/public/suivi/${encodeURIComponent(token)}/messages`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
}

export function postLiensDeSuivi(email: string): Promise<{ message: string }> {
  return requestJson('/api/public/liens-de-suivi', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email }),
  });
}
