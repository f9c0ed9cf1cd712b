import request from 'supertest';
import type { Express } from 'express';
import { validSubmission } from './fixtures';
import { signIn } from './test-app';

export type Session = Awaited<ReturnType<typeof signIn>>;

/** A new referral from the public form (to TJ Blois unless the commune says otherwise); its id. */
export async function submitSaisine(app: Express, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await request(app).post('/api/public/saisines').send(validSubmission(overrides));
  if (response.status !== 201) throw new Error(`submission failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.id as string;
}

export const PARIS_FACTS = { ...validSubmission().facts, communeInsee: '75056', address: '1 rue de Rivoli, Paris' };

/** `POST /api/saisines/:id/transitions` with the given body as is. */
export function postTransition(session: Session, id: string, body: Record<string, unknown>) {
  return session.agent.post(`/api/saisines/${id}/transitions`).set('X-CSRF-Token', session.csrfToken).send(body);
}

/** A transition made from the referral's current version, as the back-office does. */
export async function transition(session: Session, id: string, body: Record<string, unknown>) {
  const detail = await session.agent.get(`/api/saisines/${id}`);
  if (detail.status !== 200) throw new Error(`detail ${id}: ${detail.status}`);
  return postTransition(session, id, { version: detail.body.version, ...body });
}

/** A transition that must succeed (to set up the next step). */
export async function mustTransition(session: Session, id: string, body: Record<string, unknown>) {
  const response = await transition(session, id, body);
  if (response.status !== 200) throw new Error(`transition to ${String(body.to)}: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}
