import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import SaisineList from '../src/saisines/SaisineList';
import { listRecord, sessionFor } from './support/fixtures';
import { meHandler, server, startServer } from './support/server';
import { renderScreen } from './support/renderAdmin';

startServer();

const ZERO_COUNTS = { a_traiter: 0, a_enregistrer: 0, urgentes: 0, mes_saisines: 0, non_attribuees: 0, en_attente_complement: 0, decidees_non_communiquees: 0 };

describe('« Colonnes »', () => {
  it('is a group of labelled check boxes, keyboard-operable, that shows and hides the columns', async () => {
    server.use(
      meHandler(sessionFor('greffier')),
      http.get('*/api/saisines', () => HttpResponse.json([listRecord()], { headers: { 'Content-Range': 'saisines 0-0/1' } })),
      http.get('*/api/saisines/counts', () => HttpResponse.json(ZERO_COUNTS)),
    );
    const user = userEvent.setup();
    renderScreen(<SaisineList />);
    await screen.findByText('IP-2026-000123');
    expect(screen.getByRole('columnheader', { name: 'Type' })).toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Canal' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Colonnes' }));
    const chooser = await screen.findByRole('dialog', { name: 'Colonnes affichées' });
    const group = within(chooser).getByRole('group', { name: 'Colonnes affichées' });
    expect(within(group).getAllByRole('checkbox')).toHaveLength(10);
    expect(within(group).getByRole('checkbox', { name: 'Canal' })).not.toBeChecked();

    await user.click(within(group).getByRole('checkbox', { name: 'Type' }));
    await user.click(within(group).getByRole('checkbox', { name: 'Canal' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByRole('columnheader', { name: 'Type' })).not.toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: 'Canal' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Colonnes' }));
    await user.click(await screen.findByRole('button', { name: 'Rétablir les colonnes par défaut' }));
    await user.keyboard('{Escape}');
    await waitFor(() => expect(screen.getByRole('columnheader', { name: 'Type' })).toBeInTheDocument());
    expect(screen.queryByRole('columnheader', { name: 'Canal' })).not.toBeInTheDocument();
  });
});
