import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import SaisineList from '../src/saisines/SaisineList';
import { listRecord, sessionFor } from './support/fixtures';
import { meHandler, server, startServer } from './support/server';
import { renderScreen } from './support/renderAdmin';

startServer();

// Registered: a referral the clerk may assign (a « reçue » one offers no bulk action).
const FIRST = listRecord({ status: 'enregistree' });
const SECOND = listRecord({ id: 'a5f0c6de-0000-4000-8000-000000000002', reference: 'IP-2026-000124', status: 'enregistree' });
const ZERO_COUNTS = { a_traiter: 0, a_enregistrer: 0, urgentes: 0, mes_saisines: 0, non_attribuees: 0, en_attente_complement: 0, decidees_non_communiquees: 0 };

const handlers = () => [
  http.get('*/api/saisines', () => HttpResponse.json([FIRST, SECOND], { headers: { 'Content-Range': 'saisines 0-1/2' } })),
  http.get('*/api/saisines/counts', () => HttpResponse.json(ZERO_COUNTS)),
];

describe('SaisineList selection and toolbar', () => {
  it('names every checkbox after its referral, and shows the bulk actions only while something is selected', async () => {
    server.use(meHandler(sessionFor('greffier')), ...handlers());
    const user = userEvent.setup();
    renderScreen(<SaisineList />);

    const first = await screen.findByRole('checkbox', { name: 'Sélectionner la saisine IP-2026-000123' });
    expect(screen.getByRole('checkbox', { name: 'Sélectionner la saisine IP-2026-000124' })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Sélectionner toutes les saisines de la page' })).toBeInTheDocument();

    // Nothing selected: no bar, nothing for the keyboard to land on.
    expect(screen.queryByRole('button', { name: 'Attribuer…' })).not.toBeInTheDocument();
    expect(screen.queryByText(/sélectionné/)).not.toBeInTheDocument();

    await user.click(first);
    expect(await screen.findByRole('button', { name: 'Attribuer…' })).toBeInTheDocument();
    expect(screen.getByText('1 sélectionné')).toBeInTheDocument();

    await user.click(first);
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Attribuer…' })).not.toBeInTheDocument());
  });

  it('offers no browser-only saved query in « Ajouter un filtre »: « Mes vues » keeps them on the server', async () => {
    server.use(meHandler(sessionFor('greffier')), ...handlers());
    const user = userEvent.setup();
    renderScreen(<SaisineList />);
    await screen.findByText('IP-2026-000124');

    await user.click(screen.getByRole('button', { name: 'Ajouter un filtre' }));
    const menu = await screen.findByRole('menu');
    // The menu is the one with the filters (the list opens on « à traiter », so a save would be offered).
    expect(within(menu).getByRole('menuitemcheckbox', { name: 'Type' })).toBeInTheDocument();
    expect(within(menu).getByRole('menuitem', { name: 'Supprimer tous les filtres' })).toBeInTheDocument();
    expect(within(menu).queryByRole('menuitem', { name: /mes requêtes/ })).not.toBeInTheDocument();
  });
});
