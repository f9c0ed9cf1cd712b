import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { AdminApp } from '../src/AdminApp';
import { createAuthProvider } from '../src/providers/authProvider';
import { createDataProvider } from '../src/providers/dataProvider';
import { createSessionStore } from '../src/providers/session';
import { sessionFor } from './support/fixtures';
import { indicatorsResponse } from '../../tests/support/indicators-response';
import { meHandler, server, startServer } from './support/server';

startServer();

/** The whole back-office in a memory router set up like App.tsx's (no transitions). */
function renderApp(path = '/') {
  const session = createSessionStore();
  const element = <AdminApp authProvider={createAuthProvider(session)} dataProvider={createDataProvider(session)} />;
  const router = createMemoryRouter([{ path: '*', element }], { initialEntries: [path] });
  return render(<RouterProvider router={router} useTransitions={false} />);
}

describe('AdminApp', () => {
  it('opens on the sign-in page, then shows the API message when the credentials are wrong', async () => {
    server.use(
      http.get('*/api/auth/me', () => HttpResponse.json({ message: 'Non connecté.' }, { status: 401 })),
      http.post('*/api/auth/login', () =>
        HttpResponse.json({ message: 'Adresse électronique ou mot de passe incorrect.' }, { status: 401 }),
      ),
    );
    const user = userEvent.setup();
    renderApp();

    expect(await screen.findByRole('heading', { name: 'Info Parquet — espace des juridictions' })).toBeInTheDocument();
    const legal = screen.getByRole('navigation', { name: 'Informations légales' });
    expect(within(legal).getByRole('link', { name: 'Mentions légales' })).toHaveAttribute('href', '/mentions-legales');
    expect(within(legal).getByRole('link', { name: 'Données personnelles' })).toHaveAttribute('href', '/donnees-personnelles');
    expect(within(legal).getByRole('link', { name: 'Accessibilité : non conforme' })).toHaveAttribute('href', '/accessibilite');
    await user.type(screen.getByRole('textbox', { name: /Adresse électronique/ }), 'greffier.blois@justice.test');
    await user.type(screen.getByLabelText(/^Mot de passe/), 'faux');
    await user.click(screen.getByRole('button', { name: 'Se connecter' }));
    expect(await screen.findByText('Adresse électronique ou mot de passe incorrect.')).toBeInTheDocument();
  });

  it('lists the referrals in the menu of a clerk', async () => {
    server.use(meHandler(sessionFor('greffier')));
    renderApp();

    expect(await screen.findByRole('heading', { name: 'Bienvenue, Camille Martin' })).toBeInTheDocument();
    // Every screen ends with the legal pages.
    expect(within(screen.getByRole('navigation', { name: 'Informations légales' })).getByRole('link', { name: 'Données personnelles' })).toHaveAttribute('href', '/donnees-personnelles');
    const menu = screen.getByRole('menu');
    expect(await within(menu).findByRole('menuitem', { name: 'Saisines' })).toBeInTheDocument();
  });

  it('welcomes the analyst without any referral, on the indicators', async () => {
    server.use(
      meHandler({ ...sessionFor('analyste', null), user: { ...sessionFor('analyste', null).user, displayName: 'Alix Analyste' } }),
      http.get('*/api/indicators', () => HttpResponse.json(indicatorsResponse())),
      http.get('*/api/juridictions', () => HttpResponse.json([], { headers: { 'Content-Range': 'juridictions */0' } })),
      http.get('*/api/administrations', () => HttpResponse.json([], { headers: { 'Content-Range': 'administrations */0' } })),
    );
    renderApp();

    expect(await screen.findByRole('heading', { name: 'Bienvenue, Alix Analyste' })).toBeInTheDocument();
    expect(await screen.findByRole('heading', { name: 'Indicateurs d’impact' })).toBeInTheDocument();
    expect(await screen.findByRole('region', { name: 'Délai d’enregistrement' })).toBeInTheDocument();
    expect(screen.queryByRole('menuitem', { name: 'Saisines' })).not.toBeInTheDocument();
  });
});
