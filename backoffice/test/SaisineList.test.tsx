import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { OPEN_STATUSES } from '@info-parquet/common';
import SaisineList from '../src/saisines/SaisineList';
import { listRecord, sessionFor } from './support/fixtures';
import { meHandler, server, startServer } from './support/server';
import { renderScreen } from './support/renderAdmin';

startServer();

/** Answers like the API and records the query of every list request. */
function listHandler(rows = [listRecord({ urgent: true, urgencyReason: 'Risque pour les personnes' }), listRecord({ id: 'a5f0c6de-0000-4000-8000-000000000002', reference: 'IP-2026-000124', kind: 'proces_verbal', status: 'enregistree', factsCommuneNom: 'Vendôme' })]) {
  const queries: URLSearchParams[] = [];
  const handler = http.get('*/api/saisines', ({ request }) => {
    queries.push(new URL(request.url).searchParams);
    return HttpResponse.json(rows, { headers: { 'Content-Range': `saisines 0-${rows.length - 1}/${rows.length}` } });
  });
  const filters = () => queries.map((query) => JSON.parse(query.get('filter') ?? '{}'));
  return { handler, queries, filters };
}

const ZERO_COUNTS = { a_traiter: 0, a_enregistrer: 0, urgentes: 0, mes_saisines: 0, non_attribuees: 0, en_attente_complement: 0, decidees_non_communiquees: 0 };
const countsHandler = (counts = ZERO_COUNTS) => http.get('*/api/saisines/counts', () => HttpResponse.json(counts));

describe('SaisineList', () => {
  it('shows the rows of GET /api/saisines, urgent first by default', async () => {
    const list = listHandler();
    server.use(meHandler(sessionFor('greffier')), list.handler, countsHandler());
    renderScreen(<SaisineList />);

    const rows = await screen.findAllByRole('row');
    const first = rows.find((row) => within(row).queryByText('IP-2026-000123'))!;
    expect(within(first).getByText('Urgente')).toBeInTheDocument();
    expect(within(first).getByText('Reçue')).toBeInTheDocument();
    expect(within(first).getByText('Article 40')).toBeInTheDocument();
    expect(within(first).getByText('DDFiP de Loir-et-Cher')).toBeInTheDocument();
    expect(within(first).getByText('14/09/2026 16:05')).toBeInTheDocument();
    expect(screen.getByText('IP-2026-000124')).toBeInTheDocument();
    expect(screen.getByText('Procès-verbal')).toBeInTheDocument();

    const query = list.queries[0];
    expect(JSON.parse(query.get('sort')!)).toEqual(['priority', 'ASC']);
    // It opens on "à traiter": everything not closed.
    expect(JSON.parse(query.get('filter')!)).toEqual({ status: OPEN_STATUSES });
    expect(JSON.parse(query.get('range')!)).toEqual([0, 24]);
    // A clerk sees one court: no court column.
    expect(screen.queryByRole('columnheader', { name: /Juridiction/ })).not.toBeInTheDocument();
  });

  it('sends the search, status and urgency filters in the filter parameter', async () => {
    const list = listHandler();
    server.use(meHandler(sessionFor('greffier')), list.handler, countsHandler());
    const user = userEvent.setup();
    renderScreen(<SaisineList />);
    await screen.findByText('IP-2026-000123');

    await user.type(screen.getByRole('textbox', { name: 'Rechercher une saisine' }), 'fraude');
    await waitFor(() => expect(list.filters()).toContainEqual({ q: 'fraude', status: OPEN_STATUSES }));

    // The default view selects every open status: un-selecting all but one leaves "Enregistrée".
    await user.click(screen.getByRole('combobox', { name: 'Statut' }));
    for (const label of ['Reçue', 'Attribuée', 'Complément demandé', 'Transférée', 'Décidée']) {
      await user.click(await screen.findByRole('option', { name: label }));
    }
    await waitFor(() => expect(list.filters()).toContainEqual({ q: 'fraude', status: ['enregistree'] }));
    await user.keyboard('{Escape}');

    await user.click(screen.getByRole('combobox', { name: 'Urgence' }));
    await user.click(await screen.findByRole('option', { name: 'Urgentes seulement' }));
    await waitFor(() => expect(list.filters()).toContainEqual({ q: 'fraude', status: ['enregistree'], urgent: true }));
    // Some twenty user events with debounced filters: near 5 s on a loaded machine.
  });

  it('filters by an administration picked from the directory', async () => {
    const list = listHandler();
    const directory = http.get('*/api/administrations', () =>
      HttpResponse.json([{ id: 7, nom: 'DREETS Centre-Val de Loire', kind: 'inspection_travail' }], {
        headers: { 'Content-Range': 'administrations 0-0/1' },
      }),
    );
    server.use(meHandler(sessionFor('greffier')), list.handler, countsHandler(), directory);
    const user = userEvent.setup();
    renderScreen(<SaisineList />);
    await screen.findByText('IP-2026-000123');

    await user.click(screen.getByRole('button', { name: 'Ajouter un filtre' }));
    await user.click(await screen.findByRole('menuitemcheckbox', { name: 'Administration' }));
    await user.click(await screen.findByRole('combobox', { name: 'Administration' }));
    await user.click(await screen.findByRole('option', { name: 'DREETS Centre-Val de Loire' }));
    await waitFor(() => expect(list.filters()).toContainEqual({ status: OPEN_STATUSES, administrationId: 7 }));
  });

  it('shows the court to users who see several courts', async () => {
    const national = sessionFor('magistrat', null);
    national.rules = [{ action: 'read', subject: 'Saisine' }];
    server.use(meHandler(national), countsHandler(), listHandler([listRecord({ juridictionNom: 'Tribunal judiciaire de Paris' })]).handler);
    renderScreen(<SaisineList />);

    expect(await screen.findByText('Tribunal judiciaire de Paris')).toBeInTheDocument();
    expect(screen.getByRole('columnheader', { name: /Juridiction/ })).toBeInTheDocument();
  });

  it('says so in French when the court has no referral', async () => {
    server.use(meHandler(sessionFor('greffier')), listHandler([]).handler, countsHandler());
    renderScreen(<SaisineList />);
    expect(await screen.findByText('Aucune saisine à traiter')).toBeInTheDocument();
    // The tabs stay, to reach the other views.
    expect(screen.getByRole('tab', { name: /À traiter/ })).toHaveAttribute('aria-selected', 'true');
  });

  it('pages on without a total when the API did not count past its bound: « 1-25 sur plus de 10 000 », « plus de 1 000 » for a search', async () => {
    const pages: string[] = [];
    const rows = Array.from({ length: 25 }, (_, index) =>
      listRecord({ id: `a5f0c6de-0000-4000-8000-${String(index + 1).padStart(12, '0')}`, reference: `IP-2026-${String(index + 1).padStart(6, '0')}` }),
    );
    const uncounted = http.get('*/api/saisines', ({ request }) => {
      const range = new URL(request.url).searchParams.get('range')!;
      pages.push(range);
      const [start] = JSON.parse(range) as [number, number];
      return HttpResponse.json(rows, { headers: { 'Content-Range': `saisines ${start}-${start + 24}/*` } });
    });
    server.use(meHandler(sessionFor('greffier')), uncounted, countsHandler());
    const user = userEvent.setup();
    renderScreen(<SaisineList />);

    expect(await screen.findByText(/^1-25 sur plus de 10\s000$/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Aller à la prochaine page' }));
    expect(await screen.findByText(/^26-50 sur plus de 10\s000$/)).toBeInTheDocument();
    expect(pages).toContain('[25,49]');
    // A full-text search is counted up to 1 000 only.
    await user.type(screen.getByRole('textbox', { name: 'Rechercher une saisine' }), 'fraude');
    expect(await screen.findByText(/^1-25 sur plus de 1\s000$/)).toBeInTheDocument();
  });

  describe('on a phone', () => {
    // jsdom has no layout: the window answers media queries as a 390 px wide phone would.
    const wide = window.matchMedia;
    beforeEach(() => {
      window.matchMedia = ((query: string) => {
        const maxWidth = /max-width:\s*([\d.]+)px/.exec(query);
        const minWidth = /min-width:\s*([\d.]+)px/.exec(query);
        const matches = (!maxWidth || 390 <= Number(maxWidth[1])) && (!minWidth || 390 >= Number(minWidth[1]));
        return { matches, media: query, onchange: null, addListener: () => {}, removeListener: () => {}, addEventListener: () => {}, removeEventListener: () => {}, dispatchEvent: () => false };
      }) as typeof window.matchMedia;
    });
    afterEach(() => {
      window.matchMedia = wide;
    });

    it('shows a card per referral, whose reference opens it, instead of the table', async () => {
      const rows = [
        listRecord({ urgent: true, urgencyReason: 'Risque pour les personnes' }),
        listRecord({ id: 'a5f0c6de-0000-4000-8000-000000000002', reference: 'IP-2026-000124', kind: 'proces_verbal', status: 'attribuee', assigneeName: 'Claire Martin', numeroParquet: '26/041/000002' }),
      ];
      server.use(meHandler(sessionFor('greffier')), listHandler(rows).handler, countsHandler());
      renderScreen(<SaisineList />);

      const cards = within(await screen.findByRole('list', { name: 'Saisines' })).getAllByRole('listitem');
      expect(cards).toHaveLength(2);
      expect(screen.queryByRole('table')).not.toBeInTheDocument();
      expect(within(cards[0]).getByRole('link', { name: 'IP-2026-000123' })).toHaveAttribute('href', expect.stringMatching(/\/saisines\/a5f0c6de-0000-4000-8000-000000000001\/show$/));
      expect(within(cards[0]).getByText('Urgente')).toBeInTheDocument();
      expect(within(cards[0]).getByText('Reçue')).toBeInTheDocument();
      expect(within(cards[0]).getByText('Reçue le 14/09/2026 16:05')).toBeInTheDocument();
      expect(within(cards[0]).getByText('Article 40 · Blois')).toBeInTheDocument();
      expect(within(cards[0]).getByText('DDFiP de Loir-et-Cher')).toBeInTheDocument();
      expect(within(cards[1]).getByText('Attribuée')).toBeInTheDocument();
      expect(within(cards[1]).getByText(/N° parquet 26\/041\/000002/)).toBeInTheDocument();
      expect(within(cards[1]).getByText('Procès-verbal · Blois · attribuée à Claire Martin')).toBeInTheDocument();
      // Columns mean nothing on cards.
      expect(screen.queryByRole('button', { name: 'Colonnes' })).not.toBeInTheDocument();
    });

    it('says so in French when the view is empty', async () => {
      server.use(meHandler(sessionFor('greffier')), listHandler([]).handler, countsHandler());
      renderScreen(<SaisineList />);
      expect(await screen.findByText('Aucune saisine à traiter')).toBeInTheDocument();
      expect(screen.queryByRole('list', { name: 'Saisines' })).not.toBeInTheDocument();
    });
  });
});
