import { render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { AdminContext, ResourceContextProvider, TestMemoryRouter } from 'react-admin';
import SaisineList from '../src/saisines/SaisineList';
import { createAuthProvider } from '../src/providers/authProvider';
import { createDataProvider } from '../src/providers/dataProvider';
import { createHttpClient } from '../src/providers/httpClient';
import { i18nProvider } from '../src/providers/i18nProvider';
import { createPreferencesStore, preferencesApi, type PreferencesApi } from '../src/providers/preferencesStore';
import { createSessionStore } from '../src/providers/session';
import { theme } from '../src/theme/theme';
import { listRecord, sessionFor } from './support/fixtures';
import { meHandler, server, startServer } from './support/server';

startServer();

const ZERO_COUNTS = { a_traiter: 0, a_enregistrer: 0, urgentes: 0, mes_saisines: 0, non_attribuees: 0, en_attente_complement: 0, decidees_non_communiquees: 0 };

function fakeApi(stored: Record<string, unknown> = {}) {
  const saved: Array<[string, unknown]> = [];
  const removed: string[] = [];
  const api: PreferencesApi = {
    load: async () => stored,
    save: async (key, value) => {
      saved.push([key, value]);
    },
    remove: async (key) => {
      removed.push(key);
    },
  };
  return { api, saved, removed };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the preferences store', () => {
  it('loads the user’s settings, saves synced keys debounced and without a full-text search, keeps the rest local', async () => {
    const { api, saved, removed } = fakeApi({ 'saisines.datatable': ['kind'], 'auth.secret': 'never' });
    const store = createPreferencesStore(api, 20);
    store.setup();
    // Before the user's settings are in, nothing is written (defaults must not overwrite them).
    store.setItem('saisines.listParams', { sort: 'priority' });
    await settle(40);
    expect(saved).toEqual([]);

    await store.loadFor('user-1');
    expect(store.getItem('saisines.datatable')).toEqual(['kind']);
    // Only the known keys are taken from the server.
    expect(store.getItem('auth.secret')).toBeUndefined();

    store.setItem('saisines.listParams', { sort: 'receivedAt', filter: { q: 'Durand', urgent: true } });
    store.setItem('saisines.listParams', { sort: 'receivedAt', filter: { q: 'Durand Alex', urgent: true } });
    store.setItem('saisines.selectedIds', ['a', 'b']);
    await settle(60);
    expect(saved).toEqual([['saisines.listParams', { sort: 'receivedAt', filter: { urgent: true } }]]);
    // The tab itself keeps the search while the user works.
    expect(store.getItem('saisines.listParams')).toMatchObject({ filter: { q: 'Durand Alex' } });

    store.removeItem('saisines.datatable');
    await settle(40);
    expect(removed).toEqual(['saisines.datatable']);

    // Signing out forgets in this tab only.
    store.reset();
    await settle(40);
    expect(store.getItem('saisines.listParams')).toBeUndefined();
    expect(removed).toEqual(['saisines.datatable']);
  });
});

describe('SaisineList with settings kept on the server', () => {
  it('opens with the user’s saved sort, filters, page size and columns, and saves a change back', async () => {
    const session = createSessionStore();
    const listQueries: URLSearchParams[] = [];
    const puts: Array<{ key: string; body: unknown }> = [];
    server.use(
      meHandler(sessionFor('greffier')),
      http.get('*/api/preferences', () =>
        HttpResponse.json({
          'saisines.listParams': { sort: 'receivedAt', order: 'DESC', filter: { urgent: true }, perPage: 50, page: 1 },
          'saisines.datatable': ['kind'],
        }),
      ),
      http.put('*/api/preferences/:key', async ({ request, params }) => {
        puts.push({ key: String(params.key), body: await request.json() });
        return HttpResponse.json({});
      }),
      http.get('*/api/saisines/counts', () => HttpResponse.json(ZERO_COUNTS)),
      http.get('*/api/saisines', ({ request }) => {
        listQueries.push(new URL(request.url).searchParams);
        return HttpResponse.json([listRecord({ urgent: true, channel: 'papier' })], { headers: { 'Content-Range': 'saisines 0-0/1' } });
      }),
    );
    const store = createPreferencesStore(preferencesApi(createHttpClient(session)), 50);
    const user = userEvent.setup();
    render(
      <TestMemoryRouter initialEntries={['/saisines']}>
        <AdminContext authProvider={createAuthProvider(session)} dataProvider={createDataProvider(session)} i18nProvider={i18nProvider} theme={theme} store={store}>
          <ResourceContextProvider value="saisines">
            <SaisineList />
          </ResourceContextProvider>
        </AdminContext>
      </TestMemoryRouter>,
    );

    await screen.findByText('IP-2026-000123');
    const first = listQueries[0];
    expect(JSON.parse(first.get('sort')!)).toEqual(['receivedAt', 'DESC']);
    expect(JSON.parse(first.get('filter')!)).toEqual({ urgent: true });
    expect(JSON.parse(first.get('range')!)).toEqual([0, 49]);
    // The user showed the channel and hid the kind.
    expect(screen.getByRole('columnheader', { name: 'Canal' })).toBeInTheDocument();
    expect(screen.getByText('Courrier papier')).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Type' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('combobox', { name: 'Urgence' }));
    await user.click(await screen.findByRole('option', { name: 'Non urgentes' }));
    await user.type(screen.getByRole('textbox', { name: 'Rechercher une saisine' }), 'Durand');
    await waitFor(() => expect(listQueries.some((query) => query.get('filter')?.includes('Durand'))).toBe(true));
    await waitFor(() => expect(puts.at(-1)).toMatchObject({ key: 'saisines.listParams', body: { value: { filter: { urgent: false } } } }));
    // The search went to the list, never to the server's preferences; and with the session's CSRF token.
    expect(JSON.stringify(puts)).not.toContain('Durand');
  });
});
