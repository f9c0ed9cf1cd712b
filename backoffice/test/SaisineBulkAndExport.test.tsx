import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { OPEN_STATUSES } from '@info-parquet/common';
import { Notification } from 'react-admin';
import SaisineList from '../src/saisines/SaisineList';
import { BLOIS, listRecord, sessionFor } from './support/fixtures';
import { meHandler, server, startServer } from './support/server';
import { renderScreen } from './support/renderAdmin';

startServer();

const FIRST = listRecord({ status: 'enregistree' });
const SECOND = listRecord({ id: 'a5f0c6de-0000-4000-8000-000000000002', reference: 'IP-2026-000124', status: 'recue' });
const MAGISTRAT = 'b2a7e3f0-0000-4000-8000-0000000000aa';
const ZERO_COUNTS = { a_traiter: 0, a_enregistrer: 0, urgentes: 0, mes_saisines: 0, non_attribuees: 0, en_attente_complement: 0, decidees_non_communiquees: 0 };

const baseHandlers = () => [
  http.get('*/api/saisines', () => HttpResponse.json([FIRST, SECOND], { headers: { 'Content-Range': 'saisines 0-1/2' } })),
  http.get('*/api/saisines/counts', () => HttpResponse.json(ZERO_COUNTS)),
  http.get('*/api/users', ({ request }) => {
    const filter = JSON.parse(new URL(request.url).searchParams.get('filter') ?? '{}');
    // A referral is assigned to a prosecutor of the court: never to a clerk (the clerk himself included).
    expect(filter).toEqual({ juridictionId: BLOIS, active: true, role: ['magistrat'] });
    return HttpResponse.json([{ id: MAGISTRAT, displayName: 'Claire Dubois', role: 'magistrat' }], { headers: { 'Content-Range': 'users 0-0/1' } });
  }),
];

describe('SaisineList bulk assignment', () => {
  it('assigns the selected referrals and reports each refusal', async () => {
    const bodies: unknown[] = [];
    server.use(
      meHandler(sessionFor('greffier')),
      ...baseHandlers(),
      http.post('*/api/saisines/bulk-transitions', async ({ request }) => {
        expect(request.headers.get('X-CSRF-Token')).toBe('csrf-greffier');
        bodies.push(await request.json());
        return HttpResponse.json({
          results: [
            { id: FIRST.id, reference: FIRST.reference, ok: true, status: 'attribuee' },
            { id: SECOND.id, reference: SECOND.reference, ok: false, code: 409, message: 'Une saisine au statut « Reçue » ne peut pas passer au statut « Attribuée ».' },
          ],
        });
      }),
    );
    const user = userEvent.setup();
    renderScreen(
      <>
        <SaisineList />
        <Notification />
      </>,
    );
    await screen.findByText('IP-2026-000124');

    const [selectAll] = screen.getAllByRole('checkbox');
    await user.click(selectAll);
    await user.click(await screen.findByRole('button', { name: 'Attribuer…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Attribuer 2 saisines' });
    await user.click(within(dialog).getByRole('combobox', { name: /Attribuer à/ }));
    await user.click(await screen.findByRole('option', { name: 'Claire Dubois — Magistrat du parquet' }));
    await user.click(within(dialog).getByRole('button', { name: 'Attribuer' }));

    expect(await within(dialog).findByText(/1 attribuée, 1 refusée :/)).toBeInTheDocument();
    expect(within(dialog).getByText('IP-2026-000124 — Une saisine au statut « Reçue » ne peut pas passer au statut « Attribuée ».')).toBeInTheDocument();
    expect(bodies).toEqual([{ ids: [FIRST.id, SECOND.id], to: 'attribuee', assigneeId: MAGISTRAT }]);
    await user.click(within(dialog).getByRole('button', { name: 'Fermer' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    // The list says what was done, and nothing stays selected.
    expect(await screen.findByText('1 attribuée, 1 refusée.')).toBeInTheDocument();
    expect(screen.queryByText(/sélectionnée?s?$/)).not.toBeInTheDocument();
  });

  it('offers « Attribuer… » only when a selected referral can be assigned', async () => {
    server.use(meHandler(sessionFor('greffier')), ...baseHandlers());
    const user = userEvent.setup();
    renderScreen(<SaisineList />);
    await screen.findByText('IP-2026-000124');

    // SECOND is « reçue »: it must be registered before anyone can be given it.
    await user.click(screen.getByRole('checkbox', { name: 'Sélectionner la saisine IP-2026-000124' }));
    expect(await screen.findByText('Aucune action groupée possible pour cette sélection.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Attribuer…' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Sélectionner la saisine IP-2026-000123' }));
    expect(await screen.findByRole('button', { name: 'Attribuer…' })).toBeInTheDocument();
  });

  it('drops the selection when another view is chosen: no action on rows out of sight', async () => {
    server.use(meHandler(sessionFor('greffier')), ...baseHandlers());
    const user = userEvent.setup();
    renderScreen(<SaisineList />);
    await screen.findByText('IP-2026-000124');

    await user.click(screen.getByRole('checkbox', { name: 'Sélectionner la saisine IP-2026-000123' }));
    expect(await screen.findByRole('button', { name: 'Attribuer…' })).toBeInTheDocument();
    await user.click(screen.getByRole('tab', { name: /Urgentes/ }));
    await waitFor(() => expect(screen.queryByRole('button', { name: 'Attribuer…' })).not.toBeInTheDocument());
    expect(screen.queryByText('1 sélectionné')).not.toBeInTheDocument();
  });

  it('assigns "all N matching this filter" with the list filter instead of the ids', async () => {
    const bodies: unknown[] = [];
    server.use(
      meHandler(sessionFor('greffier')),
      // Before the base handlers: the first matching handler answers.
      http.get('*/api/saisines', () => HttpResponse.json([FIRST, SECOND], { headers: { 'Content-Range': 'saisines 0-1/40' } })),
      ...baseHandlers(),
      http.post('*/api/saisines/bulk-transitions', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ results: Array.from({ length: 40 }, (_, i) => ({ id: `id-${i}`, reference: `IP-2026-${i}`, ok: true, status: 'attribuee' })) });
      }),
    );
    const user = userEvent.setup();
    renderScreen(<SaisineList />);
    await screen.findByText('IP-2026-000124');

    await user.click(screen.getAllByRole('checkbox')[0]);
    await user.click(await screen.findByRole('button', { name: 'Attribuer…' }));
    const dialog = await screen.findByRole('dialog', { name: 'Attribuer 2 saisines' });
    await user.click(within(dialog).getByRole('checkbox', { name: 'Toutes les 40 saisines du filtre, pas seulement celles de la page' }));
    expect(screen.getByRole('dialog', { name: 'Attribuer 40 saisines' })).toBeInTheDocument();
    await user.click(within(dialog).getByRole('combobox', { name: /Attribuer à/ }));
    await user.click(await screen.findByRole('option', { name: 'Claire Dubois — Magistrat du parquet' }));
    await user.click(within(dialog).getByRole('button', { name: 'Attribuer' }));

    expect(await within(dialog).findByText('40 attribuées, 0 refusée')).toBeInTheDocument();
    expect(bodies).toEqual([{ filter: { status: OPEN_STATUSES }, to: 'attribuee', assigneeId: MAGISTRAT }]);
  });

  it('offers no selection to those who may not move referrals', async () => {
    const analyst = sessionFor('magistrat', null);
    analyst.rules = [{ action: 'read', subject: 'Saisine' }];
    server.use(meHandler(analyst), ...baseHandlers());
    renderScreen(<SaisineList />);
    await screen.findByText('IP-2026-000124');
    expect(screen.queryByRole('checkbox')).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Exporter (CSV)' })).not.toBeInTheDocument();
  });
});

describe('SaisineList CSV export', () => {
  const createObjectURL = jest.fn((_blob: Blob) => 'blob:export');
  const revokeObjectURL = jest.fn();
  let clicks: string[];
  let click: jest.SpyInstance;
  beforeAll(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });
  beforeEach(() => {
    clicks = [];
    createObjectURL.mockClear();
    click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
  });
  afterEach(() => click.mockRestore());

  const HEADER = '\uFEFFRéférence;Statut\r\n';
  const encoder = new TextEncoder();
  /** A CSV body sent in chunks; it pauses after `pauseAfter` chunks until `resume()` (or for ever). */
  function csvStream(chunks: string[], pauseAfter: number) {
    let resume!: () => void;
    const paused = new Promise<void>((resolve) => (resume = resolve));
    const body = new ReadableStream<Uint8Array>({
      async start(controller) {
        for (const [index, chunk] of chunks.entries()) {
          if (index === pauseAfter) await paused;
          controller.enqueue(encoder.encode(chunk));
          await delay(10);
        }
        controller.close();
      },
    });
    return { body, resume: () => resume() };
  }
  // The list says 4 referrals match the filter.
  const listOfFour = () => http.get('*/api/saisines', () => HttpResponse.json([FIRST, SECOND], { headers: { 'Content-Range': 'saisines 0-1/4' } }));

  it('streams the current filter and sort, showing the rows received against the list’s total, then saves the day’s file', async () => {
    const queries: URLSearchParams[] = [];
    // The second row's CRLF is split between two chunks; a line break inside a cell (bare LF) is no row.
    const chunks = [HEADER, 'IP-2026-000001;Reçue\r\nIP-2026-000002;"Deux\nlignes"\r', '\nIP-2026-000003;Reçue\r\n', 'IP-2026-000004;Reçue\r\n'];
    const csv = csvStream(chunks, 3);
    server.use(
      meHandler(sessionFor('greffier')),
      listOfFour(),
      ...baseHandlers(),
      http.get('*/api/saisines/export.csv', ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        return new HttpResponse(csv.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
      }),
    );
    const user = userEvent.setup();
    renderScreen(<SaisineList />);
    await screen.findByText('IP-2026-000124');

    await user.click(screen.getByRole('button', { name: 'Exporter (CSV)' }));
    expect(await screen.findByText('Export en cours : 3 / 4 saisines (75 %)')).toHaveAttribute('aria-live', 'polite');
    expect(screen.getByRole('progressbar', { name: 'Progression de l’export CSV' })).toHaveAttribute('aria-valuenow', '75');
    expect(screen.getByRole('button', { name: 'Exporter (CSV)' })).toBeDisabled();
    expect(clicks).toEqual([]);

    csv.resume();
    await waitFor(() => expect(clicks).toEqual([expect.stringMatching(/^saisines-\d{4}-\d{2}-\d{2}\.csv$/)]));
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Exporter (CSV)' })).toBeEnabled();
    // Byte for byte, the BOM included (Excel reads the accents by it).
    expect(new Uint8Array(await createObjectURL.mock.calls[0][0].arrayBuffer())).toEqual(encoder.encode(chunks.join('')));
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:export');
    expect(JSON.parse(queries[0].get('filter')!)).toEqual({ status: OPEN_STATUSES });
    expect(JSON.parse(queries[0].get('sort')!)).toEqual(['priority', 'ASC']);
  });

  it('stays below 100 % until the file is complete, even with more rows than the list counted', async () => {
    const csv = csvStream([HEADER, 'A;B\r\n'.repeat(5), ''], 2);
    server.use(
      meHandler(sessionFor('greffier')),
      listOfFour(),
      ...baseHandlers(),
      http.get('*/api/saisines/export.csv', () => new HttpResponse(csv.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } })),
    );
    const user = userEvent.setup();
    renderScreen(<SaisineList />);
    await screen.findByText('IP-2026-000124');
    await user.click(screen.getByRole('button', { name: 'Exporter (CSV)' }));
    expect(await screen.findByText('Export en cours : 4 / 4 saisines (99 %)')).toBeInTheDocument();
    expect(screen.getByRole('progressbar')).toHaveAttribute('aria-valuenow', '99');
    csv.resume();
    await waitFor(() => expect(clicks).toHaveLength(1));
  });

  it('« Annuler » stops the download: no file is saved and the button is back', async () => {
    let aborted = false;
    const csv = csvStream([HEADER, 'IP-2026-000001;Reçue\r\n', 'never sent'], 2);
    server.use(
      meHandler(sessionFor('greffier')),
      listOfFour(),
      ...baseHandlers(),
      http.get('*/api/saisines/export.csv', ({ request }) => {
        request.signal.addEventListener('abort', () => (aborted = true));
        return new HttpResponse(csv.body, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
      }),
    );
    const user = userEvent.setup();
    renderScreen(<SaisineList />);
    await screen.findByText('IP-2026-000124');
    await user.click(screen.getByRole('button', { name: 'Exporter (CSV)' }));
    await screen.findByText('Export en cours : 1 / 4 saisines (25 %)');

    await user.click(screen.getByRole('button', { name: 'Annuler' }));
    await waitFor(() => expect(screen.queryByRole('progressbar')).not.toBeInTheDocument());
    expect(screen.getByRole('button', { name: 'Exporter (CSV)' })).toBeEnabled();
    expect(aborted).toBe(true);
    csv.resume();
    await delay(50);
    expect(clicks).toEqual([]);
    expect(createObjectURL).not.toHaveBeenCalled();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it.each([
    ['the API’s refusal', () => HttpResponse.json({ message: 'L’export est limité à 100 000 saisines : précisez le filtre.' }, { status: 400 }), 'L’export est limité à 100 000 saisines : précisez le filtre.'],
    ['a network failure', () => HttpResponse.error(), 'L’export n’a pas abouti : la connexion avec le serveur a été interrompue. Réessayez dans quelques instants.'],
  ])('tells %s in French, and saves nothing', async (_name, answer, message) => {
    server.use(meHandler(sessionFor('greffier')), listOfFour(), ...baseHandlers(), http.get('*/api/saisines/export.csv', answer));
    const user = userEvent.setup();
    renderScreen(<SaisineList />);
    await screen.findByText('IP-2026-000124');
    await user.click(screen.getByRole('button', { name: 'Exporter (CSV)' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(message);
    expect(screen.getByRole('button', { name: 'Exporter (CSV)' })).toBeEnabled();
    expect(clicks).toEqual([]);
  });
});
