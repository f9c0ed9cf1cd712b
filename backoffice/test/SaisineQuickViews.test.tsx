import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { OPEN_STATUSES } from '@info-parquet/common';
import SaisineList from '../src/saisines/SaisineList';
import { listRecord, sessionFor } from './support/fixtures';
import { meHandler, server, startServer } from './support/server';
import { renderScreen } from './support/renderAdmin';

startServer();

const COUNTS = { a_traiter: 42, a_enregistrer: 5, urgentes: 3, mes_saisines: 0, non_attribuees: 7, en_attente_complement: 1, decidees_non_communiquees: 12 };

/** The list and counts endpoints, recording each list request's filter. */
function api(counts = COUNTS) {
  const filters: Array<Record<string, unknown>> = [];
  let countRequests = 0;
  server.use(
    meHandler(sessionFor('greffier')),
    http.get('*/api/saisines/counts', () => {
      countRequests += 1;
      return HttpResponse.json(counts);
    }),
    http.get('*/api/saisines', ({ request }) => {
      filters.push(JSON.parse(new URL(request.url).searchParams.get('filter') ?? '{}'));
      return HttpResponse.json([listRecord({ assigneeName: 'Claire Dubois', numeroParquet: '26/258/3' })], {
        headers: { 'Content-Range': 'saisines 0-0/1' },
      });
    }),
    http.get('*/api/users', () => HttpResponse.json([], { headers: { 'Content-Range': 'users */0' } })),
  );
  return { filters, countRequests: () => countRequests, last: () => filters[filters.length - 1] };
}

const tab = (name: RegExp) => screen.getByRole('tab', { name });

describe('quick views', () => {
  it('shows each view with its live count, "à traiter" selected on opening', async () => {
    api();
    renderScreen(<SaisineList />);
    const tabs = await screen.findByRole('tablist', { name: 'Vues rapides des saisines' });
    await waitFor(() => expect(within(tabs).getByRole('tab', { name: /À traiter/ })).toHaveTextContent('42'));
    expect(tab(/À traiter/)).toHaveAttribute('aria-selected', 'true');
    expect(tab(/À enregistrer/)).toHaveTextContent('5');
    expect(tab(/Urgentes/)).toHaveTextContent('3');
    expect(tab(/Mes saisines/)).toHaveTextContent('0');
    expect(tab(/Non attribuées/)).toHaveTextContent('7');
    expect(tab(/En attente de complément/)).toHaveTextContent('1');
    expect(tab(/Décidées non communiquées/)).toHaveTextContent('12');
    expect(within(tab(/Urgentes/)).getByLabelText('3 saisines')).toBeInTheDocument();
    // The new columns: parquet number and assignee.
    expect(await screen.findByText('26/258/3')).toBeInTheDocument();
    expect(screen.getByText('Claire Dubois')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Attribuée à/ })).toBeInTheDocument();
  });

  it('a count past the bound reads « + de 10 000 »', async () => {
    api({ ...COUNTS, a_traiter: 10_001, a_enregistrer: 10_000 });
    renderScreen(<SaisineList />);
    await waitFor(() => expect(tab(/À traiter/)).toHaveTextContent(/\+ de 10\s000/));
    expect(within(tab(/À traiter/)).getByLabelText(/^plus de 10\s000 saisines$/)).toBeInTheDocument();
    // Exactly the bound is still a count.
    expect(within(tab(/À enregistrer/)).getByLabelText('10000 saisines')).toHaveTextContent(/^10\s000$/);
  });

  it('clicking a tab sends its filter; "mes saisines" is the signed-in user’s', async () => {
    const calls = api();
    const user = userEvent.setup();
    renderScreen(<SaisineList />);
    await screen.findByText('IP-2026-000123');

    await user.click(tab(/Urgentes/));
    await waitFor(() => expect(calls.last()).toEqual({ status: OPEN_STATUSES, urgent: true }));
    expect(tab(/Urgentes/)).toHaveAttribute('aria-selected', 'true');

    await user.click(tab(/Mes saisines/));
    await waitFor(() => expect(calls.last()).toEqual({ status: OPEN_STATUSES, assigneeId: 'user-greffier' }));

    await user.click(tab(/Décidées non communiquées/));
    await waitFor(() => expect(calls.last()).toEqual({ status: ['decidee'] }));
    // Counts follow the list.
    await waitFor(() => expect(calls.countRequests()).toBeGreaterThan(1));
  });

  it('works from the keyboard: arrows move between tabs, Enter selects', async () => {
    const calls = api();
    const user = userEvent.setup();
    renderScreen(<SaisineList />);
    await screen.findByText('IP-2026-000123');

    tab(/À traiter/).focus();
    await user.keyboard('{ArrowRight}');
    expect(tab(/À enregistrer/)).toHaveFocus();
    await user.keyboard('{Enter}');
    await waitFor(() => expect(calls.last()).toEqual({ status: ['recue', 'transferee'] }));
  });

  it('another filter selects no tab, and an empty view says which one it is', async () => {
    const calls = api();
    server.use(http.get('*/api/saisines', () => HttpResponse.json([], { headers: { 'Content-Range': 'saisines */0' } })));
    const user = userEvent.setup();
    renderScreen(<SaisineList />);
    await user.click(await screen.findByRole('tab', { name: /En attente de complément/ }));
    expect(await screen.findByText('Aucune saisine dans la vue « En attente de complément »')).toBeInTheDocument();
    expect(calls.filters).toEqual([]);
  });
});

describe('a new filter', () => {
  it('kind: added from "Ajouter un filtre", sent as an array of kinds', async () => {
    const calls = api();
    const user = userEvent.setup();
    renderScreen(<SaisineList />);
    await screen.findByText('IP-2026-000123');

    await user.click(screen.getByRole('button', { name: 'Ajouter un filtre' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Type' }));
    await user.click(await screen.findByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Procès-verbal d’infraction' }));
    await waitFor(() => expect(calls.last()).toEqual({ status: OPEN_STATUSES, kind: ['proces_verbal'] }));
    await user.keyboard('{Escape}');
    // The default view plus a filter is no longer a quick view.
    await waitFor(() => expect(screen.getAllByRole('tab')).toHaveLength(7));
    expect(screen.getAllByRole('tab').every((element) => element.getAttribute('aria-selected') === 'false')).toBe(true);
  });
});
