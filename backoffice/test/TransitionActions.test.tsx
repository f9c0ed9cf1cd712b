import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router-dom';
import SaisineShow from '../src/saisines/SaisineShow';
import type { AvailableTransition, SaisineDetail } from '../src/saisines/types';
import { BLOIS, detailRecord, sessionFor } from './support/fixtures';
import { meHandler, server, startServer } from './support/server';
import { renderScreen } from './support/renderAdmin';

startServer();

const ID = 'a5f0c6de-0000-4000-8000-000000000001';
const MAGISTRAT = '0b6b1f7e-0000-4000-8000-00000000000a';
const SUBSTITUT = '0b6b1f7e-0000-4000-8000-00000000000b';

const available = (...list: Array<[AvailableTransition['to'], string, AvailableTransition['requiredFields']]>) =>
  list.map(([to, label, requiredFields]) => ({ to, label, requiredFields }));

/** The show page's API: the detail (counting its loads) and the transitions endpoint recording bodies. */
function api(detail: SaisineDetail, answer: (body: Record<string, unknown>) => Response) {
  const bodies: Array<Record<string, unknown>> = [];
  let loads = 0;
  server.use(
    http.get('*/api/saisines/:id', () => {
      loads += 1;
      return HttpResponse.json(detail);
    }),
    http.post('*/api/saisines/:id/transitions', async ({ request }) => {
      expect(request.headers.get('X-CSRF-Token')).toMatch(/^csrf-/);
      const body = (await request.json()) as Record<string, unknown>;
      bodies.push(body);
      return answer(body);
    }),
    http.get('*/api/users', ({ request }) => {
      const filter = JSON.parse(new URL(request.url).searchParams.get('filter') ?? '{}');
      expect(filter).toMatchObject({ juridictionId: BLOIS, active: true });
      const users = [
        { id: MAGISTRAT, displayName: 'Claire Dubois', role: 'magistrat' },
        { id: SUBSTITUT, displayName: 'Thomas Petit', role: 'magistrat' },
        { id: 'c1', displayName: 'Julien Robert', role: 'greffier' },
      ].filter((user) => filter.role.includes(user.role));
      return HttpResponse.json(users, { headers: { 'Content-Range': `users 0-${users.length - 1}/${users.length}` } });
    }),
  );
  return { bodies, loads: () => loads };
}

function renderShow() {
  return renderScreen(
    <Routes>
      <Route path="/saisines/:id/show" element={<SaisineShow />} />
    </Routes>,
    { path: `/saisines/${ID}/show` },
  );
}

describe('the workflow actions of a referral', () => {
  it('shows only the available transitions; the dialog checks the numéro parquet, sends it with the version and shows a 409', async () => {
    server.use(meHandler(sessionFor('greffier')));
    const detail = detailRecord({
      status: 'recue',
      numeroParquet: null,
      version: 3,
      availableTransitions: available(
        ['enregistree', 'Enregistrer', ['numeroParquet']],
        ['complement_demande', 'Demander un complément', ['message']],
        ['transferee', 'Transférer', ['juridictionId', 'reason']],
      ),
    });
    const { bodies } = api(detail, () =>
      HttpResponse.json({ message: 'La saisine a été modifiée entre-temps par Claire Dubois (magistrat du parquet), le 14/09/2026 17:40.' }, { status: 409 }),
    );
    const user = userEvent.setup();
    renderShow();

    const actions = await screen.findByRole('region', { name: 'Actions' });
    expect(within(actions).getAllByRole('button').map((button) => button.textContent)).toEqual([
      'Enregistrer',
      'Demander un complément',
      'Transférer',
    ]);
    expect(screen.queryByRole('button', { name: 'Décider' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Attribuer/ })).not.toBeInTheDocument();

    await user.click(within(actions).getByRole('button', { name: 'Enregistrer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Enregistrer' });
    await user.click(within(dialog).getByRole('button', { name: 'Valider' }));
    expect(within(dialog).getByText('Indiquez le numéro parquet.')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: /Numéro parquet/ }), '26-123');
    await user.click(within(dialog).getByRole('button', { name: 'Valider' }));
    expect(within(dialog).getByText(/doit avoir la forme AA\/JJJ\/N/)).toBeInTheDocument();
    expect(bodies).toEqual([]);

    await user.clear(within(dialog).getByRole('textbox', { name: /Numéro parquet/ }));
    await user.type(within(dialog).getByRole('textbox', { name: /Numéro parquet/ }), '26/123/45');
    await user.click(within(dialog).getByRole('button', { name: 'Valider' }));
    expect(await within(dialog).findByText(/modifiée entre-temps par Claire Dubois/)).toBeInTheDocument();
    expect(bodies).toEqual([{ to: 'enregistree', version: 3, numeroParquet: '26/123/45' }]);
    expect(screen.getByRole('dialog', { name: 'Enregistrer' })).toBeInTheDocument();
  });

  it('assigns to a person of the court, then closes the dialog and reloads the referral', async () => {
    server.use(meHandler(sessionFor('magistrat')));
    const detail = detailRecord({
      version: 2,
      availableTransitions: available(['attribuee', 'Attribuer', ['assigneeId']], ['decidee', 'Décider', ['decision']]),
    });
    const calls = api(detail, () => HttpResponse.json({ ...detail, status: 'attribuee', version: 3 }));
    const user = userEvent.setup();
    renderShow();

    await user.click(await screen.findByRole('button', { name: 'Attribuer' }));
    const dialog = await screen.findByRole('dialog', { name: 'Attribuer' });
    await user.click(within(dialog).getByRole('combobox', { name: /Attribuer à/ }));
    // Prosecutors only: a referral is never given to a clerk.
    await user.click(await screen.findByRole('option', { name: 'Thomas Petit — Magistrat du parquet' }));
    expect(screen.queryByRole('option', { name: /Julien Robert/ })).not.toBeInTheDocument();
    const loadsBefore = calls.loads();
    await user.click(within(dialog).getByRole('button', { name: 'Valider' }));

    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(calls.bodies).toEqual([{ to: 'attribuee', version: 2, assigneeId: SUBSTITUT }]);
    await waitFor(() => expect(calls.loads()).toBeGreaterThan(loadsBefore));
  });

  it('a clerk recording a classement names the prosecutor and the reason; a 400 shows per field', async () => {
    server.use(meHandler(sessionFor('greffier')));
    const detail = detailRecord({
      version: 5,
      availableTransitions: available(['decidee', 'Décider', ['decision', 'onBehalfOfId']]),
    });
    const { bodies } = api(detail, () =>
      HttpResponse.json(
        {
          message: 'La décision ne peut être enregistrée que pour le compte d’un magistrat actif de la juridiction.',
          errors: { onBehalfOfId: 'Choisissez un magistrat actif de cette juridiction.' },
        },
        { status: 400 },
      ),
    );
    const user = userEvent.setup();
    renderShow();

    await user.click(await screen.findByRole('button', { name: 'Décider' }));
    const dialog = await screen.findByRole('dialog', { name: 'Décider' });
    await user.click(within(dialog).getByRole('radio', { name: 'Classement sans suite' }));
    await user.click(within(dialog).getByRole('button', { name: 'Valider' }));
    expect(within(dialog).getByText('Choisissez le motif du classement sans suite.')).toBeInTheDocument();
    expect(within(dialog).getByText('Choisissez le magistrat pour le compte duquel vous enregistrez la décision.')).toBeInTheDocument();

    await user.click(within(dialog).getByRole('combobox', { name: /Motif du classement/ }));
    await user.click(await screen.findByRole('option', { name: 'Auteur inconnu' }));
    await user.click(within(dialog).getByRole('combobox', { name: /Magistrat ayant pris la décision/ }));
    expect(screen.queryByRole('option', { name: /Julien Robert/ })).not.toBeInTheDocument();
    await user.click(await screen.findByRole('option', { name: 'Claire Dubois — Magistrat du parquet' }));
    await user.click(within(dialog).getByRole('button', { name: 'Valider' }));

    expect(await within(dialog).findByText(/que pour le compte d’un magistrat actif/)).toBeInTheDocument();
    expect(within(dialog).getByText('Choisissez un magistrat actif de cette juridiction.')).toBeInTheDocument();
    expect(bodies).toEqual([
      { to: 'decidee', version: 5, decision: 'classement', decisionDetail: '', classementReason: 'auteur_inconnu', onBehalfOfId: MAGISTRAT },
    ]);
  });

  it('offers no action at all when the API lists none', async () => {
    server.use(meHandler(sessionFor('magistrat')));
    api(detailRecord({ status: 'cloturee', availableTransitions: [] }), () => HttpResponse.json({}));
    renderShow();
    expect(await screen.findByRole('heading', { name: 'Saisine IP-2026-000123' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Actions' })).not.toBeInTheDocument();
  });
});
