import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, Route, RouterProvider, Routes } from 'react-router-dom';
import { AdminApp } from '../src/AdminApp';
import { createAuthProvider } from '../src/providers/authProvider';
import { createDataProvider } from '../src/providers/dataProvider';
import { createSessionStore } from '../src/providers/session';
import UserCreate from '../src/users/UserCreate';
import UserEdit from '../src/users/UserEdit';
import { sessionFor } from './support/fixtures';
import { renderScreen } from './support/renderAdmin';
import { meHandler, server, startServer } from './support/server';

startServer();

function renderApp() {
  const session = createSessionStore();
  const element = <AdminApp authProvider={createAuthProvider(session)} dataProvider={createDataProvider(session)} />;
  return render(<RouterProvider router={createMemoryRouter([{ path: '*', element }], { initialEntries: ['/'] })} useTransitions={false} />);
}

describe('user management', () => {
  it('is not in the menu of a clerk, who may still read their colleagues', async () => {
    server.use(meHandler(sessionFor('greffier')));
    renderApp();
    const menu = await screen.findByRole('menu');
    expect(await within(menu).findByRole('menuitem', { name: 'Saisines' })).toBeInTheDocument();
    expect(within(menu).queryByRole('menuitem', { name: 'Utilisateurs' })).not.toBeInTheDocument();
  });

  it('is in the menu of the national administrator', async () => {
    server.use(meHandler(sessionFor('admin_national', null)));
    renderApp();
    const menu = await screen.findByRole('menu');
    expect(await within(menu).findByRole('menuitem', { name: 'Utilisateurs' })).toBeInTheDocument();
    expect(within(menu).queryByRole('menuitem', { name: 'Saisines' })).not.toBeInTheDocument();
  });

  it('creates an account: the form sends the account’s fields, a court only for a court role', async () => {
    const bodies: unknown[] = [];
    server.use(
      meHandler(sessionFor('admin_national', null)),
      http.get('*/api/juridictions', () =>
        HttpResponse.json([{ id: 'tj-blois', nom: 'Tribunal judiciaire de Blois' }], { headers: { 'Content-Range': 'juridictions 0-0/1' } }),
      ),
      http.post('*/api/users', async ({ request }) => {
        bodies.push(await request.json());
        expect(request.headers.get('X-CSRF-Token')).toBe('csrf-admin_national');
        return HttpResponse.json({ id: 'u-new', ...(bodies.at(-1) as object) }, { status: 201 });
      }),
      http.get('*/api/users', () => HttpResponse.json([], { headers: { 'Content-Range': 'users */0' } })),
    );
    const user = userEvent.setup();
    renderScreen(<UserCreate />, { path: '/users/create', resource: 'users' });

    expect(await screen.findByText(/créé sans mot de passe/)).toBeInTheDocument();
    await user.type(await screen.findByRole('textbox', { name: /Nom affiché/ }), 'Léa Martin');
    await user.type(screen.getByRole('textbox', { name: /Adresse électronique/ }), 'lea.martin@justice.test');
    await user.click(screen.getByRole('combobox', { name: /Rôle/ }));
    await user.click(await screen.findByRole('option', { name: 'Greffier (bureau d’ordre)' }));
    // A clerk needs a court: the form says so before sending anything.
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(/doit être rattaché à une juridiction/)).toBeInTheDocument();
    expect(bodies).toEqual([]);

    await user.type(screen.getByRole('combobox', { name: /Juridiction/ }), 'Blois');
    await user.click(await screen.findByRole('option', { name: 'Tribunal judiciaire de Blois' }));
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({
      email: 'lea.martin@justice.test',
      displayName: 'Léa Martin',
      role: 'greffier',
      juridictionId: 'tj-blois',
      active: true,
    });
  });

  describe('editing an account', () => {
    const NADIA = {
      id: 'b3c1d2e4-0000-4000-8000-000000000001',
      displayName: 'Nadia Benali',
      email: 'nadia.benali@justice.test',
      role: 'analyste',
      juridictionId: null,
      juridictionNom: null,
      active: true,
    };
    // Lets the asynchronous permission checks end before checking that a button is absent.
    const settled = () => new Promise((resolve) => setTimeout(resolve, 300));
    const renderEdit = () =>
      renderScreen(
        <Routes>
          <Route path="/users/:id" element={<UserEdit />} />
        </Routes>,
        { path: `/users/${NADIA.id}`, resource: 'users' },
      );

    it('offers no « Supprimer » (accounts are deactivated, never deleted) and no « Déverrouiller » on an unlocked account', async () => {
      server.use(
        meHandler(sessionFor('admin_national', null)),
        http.get(`*/api/users/${NADIA.id}`, () => HttpResponse.json({ ...NADIA, lockedUntil: null })),
      );
      renderEdit();
      expect(await screen.findByDisplayValue('Nadia Benali')).toBeInTheDocument();
      expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeInTheDocument();
      // react-admin's « Supprimer » would appear once the rules are checked (the administrator may `manage User`).
      await settled();
      expect(screen.queryByRole('button', { name: /Supprimer/ })).not.toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /Déverrouiller/ })).not.toBeInTheDocument();
    });

    it('an expired lock-out is no lock: no « Déverrouiller »', async () => {
      server.use(
        meHandler(sessionFor('admin_national', null)),
        http.get(`*/api/users/${NADIA.id}`, () => HttpResponse.json({ ...NADIA, lockedUntil: '2020-01-01T00:00:00.000Z' })),
      );
      renderEdit();
      expect(await screen.findByDisplayValue('Nadia Benali')).toBeInTheDocument();
      expect(screen.queryByRole('button', { name: /Déverrouiller/ })).not.toBeInTheDocument();
    });

    it('a locked account shows « Déverrouiller », which unlocks it and then disappears', async () => {
      let lockedUntil: string | null = new Date(Date.now() + 15 * 60_000).toISOString();
      const unlocks: string[] = [];
      server.use(
        meHandler(sessionFor('admin_national', null)),
        http.get(`*/api/users/${NADIA.id}`, () => HttpResponse.json({ ...NADIA, lockedUntil })),
        http.post(`*/api/users/${NADIA.id}/unlock`, ({ request }) => {
          unlocks.push(request.headers.get('X-CSRF-Token') ?? '');
          lockedUntil = null;
          return HttpResponse.json({ id: NADIA.id, email: NADIA.email, lockedUntil: null, failedLoginCount: 0 });
        }),
      );
      const user = userEvent.setup();
      renderEdit();
      await user.click(await screen.findByRole('button', { name: /Déverrouiller/ }));
      await waitFor(() => expect(unlocks).toEqual(['csrf-admin_national']));
      // The record is read again: the account is no longer locked.
      await waitFor(() => expect(screen.queryByRole('button', { name: /Déverrouiller/ })).not.toBeInTheDocument());
    });

    it('an invalid address gets the shared rule’s French message, not the browser’s', async () => {
      const bodies: unknown[] = [];
      server.use(
        meHandler(sessionFor('admin_national', null)),
        http.get(`*/api/users/${NADIA.id}`, () => HttpResponse.json({ ...NADIA, lockedUntil: null })),
        http.put(`*/api/users/${NADIA.id}`, async ({ request }) => {
          bodies.push(await request.json());
          return HttpResponse.json(NADIA);
        }),
      );
      const user = userEvent.setup();
      renderEdit();
      const email = await screen.findByRole('textbox', { name: /Adresse électronique/ });
      await user.clear(email);
      await user.type(email, 'nadia.benali');
      await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
      expect(await screen.findByText('Indiquez une adresse électronique valide.')).toBeInTheDocument();
      expect(bodies).toEqual([]);
    });
  });
});
