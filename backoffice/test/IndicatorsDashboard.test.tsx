import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import type { IndicatorsResponse } from '@info-parquet/common';
import { AdminApp } from '../src/AdminApp';
import { createAuthProvider } from '../src/providers/authProvider';
import { createDataProvider } from '../src/providers/dataProvider';
import { createSessionStore } from '../src/providers/session';
import { sessionFor } from './support/fixtures';
import { indicatorValues, indicatorsResponse } from '../../tests/support/indicators-response';
import { meHandler, server, startServer } from './support/server';

startServer();

const list = (resource: string, rows: unknown[]) =>
  HttpResponse.json(rows, { headers: { 'Content-Range': rows.length ? `${resource} 0-${rows.length - 1}/${rows.length}` : `${resource} */0` } });

/** Records every query of `GET /api/indicators` and answers with `answer`. */
function indicatorsHandler(answer: (query: URLSearchParams) => IndicatorsResponse, seen: URLSearchParams[] = []) {
  return http.get('*/api/indicators', ({ request }) => {
    const query = new URL(request.url).searchParams;
    seen.push(query);
    return HttpResponse.json(answer(query));
  });
}

function renderApp(path: string) {
  const session = createSessionStore();
  const element = <AdminApp authProvider={createAuthProvider(session)} dataProvider={createDataProvider(session)} />;
  return render(<RouterProvider router={createMemoryRouter([{ path: '*', element }], { initialEntries: [path] })} useTransitions={false} />);
}

beforeEach(() => {
  server.use(
    http.get('*/api/juridictions', () => list('juridictions', [{ id: 'tj-blois', nom: 'Tribunal judiciaire de Blois' }])),
    http.get('*/api/administrations', () => list('administrations', [])),
  );
});

it('the analyst lands on the national indicators: a card per indicator with its definition, charts with tables, courts compared', async () => {
  server.use(meHandler(sessionFor('analyste', null)), indicatorsHandler(() => indicatorsResponse()));
  renderApp('/');

  const card = await screen.findByRole('region', { name: 'Délai d’enregistrement' });
  expect(within(card).getByRole('row', { name: /Médiane 3 h 3 h/ })).toBeInTheDocument();
  expect(within(card).getByText(/Médiane et 90e centile du temps écoulé entre la réception/)).toBeInTheDocument();
  expect(screen.getByRole('region', { name: 'Visibilité des urgences' })).toHaveTextContent('< 5');
  expect(screen.getByText(/Hors de la juridiction concernée, un effectif inférieur à 5/)).toBeInTheDocument();

  const channels = screen.getByRole('region', { name: 'Saisines reçues par canal' });
  await userEvent.click(within(channels).getByRole('button', { name: 'Afficher le tableau' }));
  expect(within(channels).getByRole('row', { name: /02\/03\/2026 600 600/ })).toBeInTheDocument();
  expect(within(channels).getByRole('button', { name: 'Télécharger (CSV)' })).toBeEnabled();

  const courts = screen.getByRole('region', { name: 'Juridictions comparées' });
  expect(within(courts).getByRole('row', { name: /Tribunal judiciaire de Blois 700 2 h 75 % 50 % —/ })).toBeInTheDocument();
  expect(screen.queryByRole('menuitem', { name: 'Saisines' })).not.toBeInTheDocument();
});

it('a filter changes the query and the figures', async () => {
  const seen: URLSearchParams[] = [];
  server.use(
    meHandler(sessionFor('analyste', null)),
    indicatorsHandler((query) => indicatorsResponse({ current: indicatorValues(query.get('kind') === 'plainte' ? 42 : 1234) }), seen),
  );
  renderApp('/indicators');
  const adoption = await screen.findByRole('region', { name: 'Adoption' });
  await waitFor(() => expect(within(adoption).getByRole('row', { name: /Saisines reçues 1\s234/ })).toBeInTheDocument());

  await userEvent.click(screen.getByRole('combobox', { name: 'Nature' }));
  await userEvent.click(await screen.findByRole('option', { name: 'Plainte de l’administration' }));
  await waitFor(() => expect(seen.at(-1)?.get('kind')).toBe('plainte'));
  await waitFor(() => expect(within(screen.getByRole('region', { name: 'Adoption' })).getByRole('row', { name: /Saisines reçues 42 / })).toBeInTheDocument());
});

it('a clerk has « Tableau de bord » in the menu and sees their court beside the national figures, without a court filter', async () => {
  server.use(
    meHandler(sessionFor('greffier')),
    indicatorsHandler(() => indicatorsResponse({ scope: 'juridiction', ranking: undefined, current: indicatorValues(77), national: indicatorValues(5000) })),
  );
  renderApp('/');
  const menu = await screen.findByRole('menu');
  await userEvent.click(await within(menu).findByRole('menuitem', { name: 'Tableau de bord' }));
  const adoption = await screen.findByRole('region', { name: 'Adoption' });
  expect(within(adoption).getByRole('columnheader', { name: 'Tribunal judiciaire de Blois' })).toBeInTheDocument();
  expect(within(adoption).getByRole('columnheader', { name: 'National' })).toBeInTheDocument();
  expect(within(adoption).getByRole('row', { name: /Saisines reçues 77 1\s000 5\s000/ })).toBeInTheDocument();
  expect(screen.queryByRole('combobox', { name: 'Juridiction' })).not.toBeInTheDocument();
  expect(screen.queryByRole('region', { name: 'Juridictions comparées' })).not.toBeInTheDocument();
});

it('an API refusal is said in French', async () => {
  server.use(
    meHandler(sessionFor('analyste', null)),
    http.get('*/api/indicators', () => HttpResponse.json({ message: 'Les filtres des indicateurs sont invalides.', errors: { to: 'x' } }, { status: 400 })),
  );
  renderApp('/indicators?to=2026-01-01&from=2026-02-01');
  expect(await screen.findByText('Les filtres des indicateurs sont invalides.')).toBeInTheDocument();
});
