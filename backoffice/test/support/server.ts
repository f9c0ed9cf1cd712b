import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type { SessionPayload } from '../../src/providers/session';

/** The API as the back-office sees it; each test adds the handlers it needs. */
export const server = setupServer();

export function startServer() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => server.resetHandlers());
  afterAll(() => server.close());
}

/** `GET /api/auth/me` answering for a signed-in user. */
export const meHandler = (session: SessionPayload) => http.get('*/api/auth/me', () => HttpResponse.json(session));
