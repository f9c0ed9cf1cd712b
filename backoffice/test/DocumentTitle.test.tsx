import { render, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { AdminApp } from '../src/AdminApp';
import { createAuthProvider } from '../src/providers/authProvider';
import { createDataProvider } from '../src/providers/dataProvider';
import { createSessionStore } from '../src/providers/session';
import { detailRecord, listRecord, sessionFor } from './support/fixtures';
import { meHandler, server, startServer } from './support/server';

startServer();

const ZERO_COUNTS = { a_traiter: 0, a_enregistrer: 0, urgentes: 0, mes_saisines: 0, non_attribuees: 0, en_attente_complement: 0, decidees_non_communiquees: 0 };
const INITIAL_TITLE = 'Info Parquet — espace des juridictions';

const saisineHandlers = () => [
  http.get('*/api/saisines/counts', () => HttpResponse.json(ZERO_COUNTS)),
  http.get('*/api/saisines/:id', () => HttpResponse.json(detailRecord())),
  http.get('*/api/saisines', () => HttpResponse.json([listRecord()], { headers: { 'Content-Range': 'saisines 0-0/1' } })),
];

function renderApp(path: string) {
  const session = createSessionStore();
  const element = <AdminApp authProvider={createAuthProvider(session)} dataProvider={createDataProvider(session)} />;
  return render(<RouterProvider router={createMemoryRouter([{ path: '*', element }], { initialEntries: [path] })} useTransitions={false} />);
}

beforeEach(() => {
  document.title = INITIAL_TITLE;
});

describe('the browser tab’s title', () => {
  it('names the list, and gives the tab its first title back once the layout is gone (signed out)', async () => {
    server.use(meHandler(sessionFor('greffier')), ...saisineHandlers());
    const { unmount } = renderApp('/saisines');

    await screen.findByText('IP-2026-000123');
    await waitFor(() => expect(document.title).toBe('Saisines — Info Parquet'));
    unmount();
    expect(document.title).toBe(INITIAL_TITLE);
  });

  it('names a referral by its reference first', async () => {
    server.use(meHandler(sessionFor('greffier')), ...saisineHandlers());
    renderApp(`/saisines/${detailRecord().id}/show`);

    expect(await screen.findByRole('heading', { level: 1, name: 'Saisine IP-2026-000123' })).toBeInTheDocument();
    await waitFor(() => expect(document.title).toBe('IP-2026-000123 — Saisine — Info Parquet'));
  });

  it('names the administration screens too, from the layout alone', async () => {
    server.use(
      meHandler(sessionFor('admin_national', null)),
      http.get('*/api/users', () => HttpResponse.json([], { headers: { 'Content-Range': 'users */0' } })),
      http.get('*/api/juridictions', () => HttpResponse.json([], { headers: { 'Content-Range': 'juridictions */0' } })),
    );
    renderApp('/users');

    await waitFor(() => expect(document.title).toBe('Utilisateurs — Info Parquet'));
  });
});
