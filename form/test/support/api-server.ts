import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import { COMMUNES, JURIDICTIONS, RECEIPT, ROUTAGE, storedPiece, SUIVI } from './fixtures';

/** A request the fake API received, as the tests check it. */
export interface ReceivedSaisine {
  body: unknown;
  idempotencyKey: string | null;
}

export const received: { saisines: ReceivedSaisine[]; uploads: string[] } = { saisines: [], uploads: [] };

/** The public API as the form sees it; tests override a handler with `server.use(...)`. */
export const handlers = [
  http.get('*/api/public/communes', ({ request }) => {
    const q = (new URL(request.url).searchParams.get('q') ?? '').toLowerCase();
    return HttpResponse.json(COMMUNES.filter((c) => c.nom.toLowerCase().startsWith(q) || c.codesPostaux.some((cp) => cp.startsWith(q))));
  }),
  http.get('*/api/public/communes/:codeInsee/routage', ({ params }) => {
    const routage = ROUTAGE[String(params.codeInsee)];
    return routage ? HttpResponse.json(routage) : HttpResponse.json({ message: 'Commune inconnue.' }, { status: 404 });
  }),
  http.get('*/api/public/juridictions', () => HttpResponse.json(JURIDICTIONS)),
  http.post('*/api/public/saisines', async ({ request }) => {
    received.saisines.push({ body: await request.json(), idempotencyKey: request.headers.get('Idempotency-Key') });
    return HttpResponse.json(RECEIPT, { status: 201 });
  }),
  http.post('*/api/public/pieces-jointes', async ({ request }) => {
    const file = (await request.formData()).get('fichier');
    // A Node File (jest-fixed-jsdom's FormData), not jsdom's: check it is not a plain field.
    if (!file || typeof file === 'string') return HttpResponse.json({ message: 'Aucun fichier reçu.' }, { status: 400 });
    received.uploads.push(file.name);
    return HttpResponse.json(storedPiece(file.name, file.size), { status: 201 });
  }),
  http.get('*/api/public/suivi/:token', ({ params }) =>
    params.token === 'f3a9c1d2e4b5'
      ? HttpResponse.json(SUIVI)
      : HttpResponse.json({ message: 'Lien de suivi inconnu.' }, { status: 404 }),
  ),
];

export const server = setupServer(...handlers);

/** Starts the fake API for a test file; every request the form makes must have a handler. */
export function setupFakeApi() {
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  beforeEach(() => {
    received.saisines = [];
    received.uploads = [];
    localStorage.clear();
  });
  afterEach(() => {
    server.resetHandlers();
    server.events.removeAllListeners();
  });
  afterAll(() => server.close());
}
