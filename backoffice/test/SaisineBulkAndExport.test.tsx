import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { delay, http, HttpResponse } from 'msw';
import { OPEN_STATUSES } from '@info-parquet/common';
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
    expect(filter).toMatchObject({ juridictionId: BLOIS, active: true });
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
    renderScreen(<SaisineList />);
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
  const createObjectURL = jest.fn(() => 'blob:export');
  const revokeObjectURL = jest.fn();
  beforeAll(() => {
    Object.assign(URL, { createObjectURL, revokeObjectURL });
  });

  it('downloads the current filter and sort, telling the user while it prepares', async () => {
    const clicks: string[] = [];
    const click = jest.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicks.push(this.download);
    });
    const queries: URLSearchParams[] = [];
    server.use(
      meHandler(sessionFor('greffier')),
      ...baseHandlers(),
      http.get('*/api/saisines/export.csv', async ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        await delay(150);
        return new HttpResponse('\uFEFFRéférence\r\n', { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
      }),
    );
    const user = userEvent.setup();
    renderScreen(<SaisineList />);
    await screen.findByText('IP-2026-000124');

    await user.click(screen.getByRole('button', { name: 'Exporter (CSV)' }));
    expect(await screen.findByRole('button', { name: 'Préparation de l’export…' })).toBeDisabled();
    await screen.findByRole('button', { name: 'Exporter (CSV)' });

    expect(JSON.parse(queries[0].get('filter')!)).toEqual({ status: OPEN_STATUSES });
    expect(JSON.parse(queries[0].get('sort')!)).toEqual(['priority', 'ASC']);
    expect(clicks).toEqual([expect.stringMatching(/^saisines-\d{4}-\d{2}-\d{2}\.csv$/)]);
    expect(revokeObjectURL).toHaveBeenCalledWith('blob:export');
    click.mockRestore();
  });
});
