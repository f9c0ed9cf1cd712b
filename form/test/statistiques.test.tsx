import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { indicatorValues, indicatorsResponse } from '../../tests/support/indicators-response';
import { server, setupFakeApi } from './support/api-server';
import { renderApp } from './support/render-app';

setupFakeApi();

describe('the public statistics page', () => {
  it('is linked from the footer and shows the national figures with their definitions, a table and the previous period', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get('*/api/public/statistiques', ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        return HttpResponse.json(indicatorsResponse({ ranking: undefined }));
      }),
    );
    renderApp('/');
    expect(within(screen.getByRole('contentinfo')).getByRole('link', { name: 'Statistiques' })).toHaveAttribute('href', '/statistiques');

    renderApp('/statistiques');
    const adoption = await screen.findByRole('region', { name: 'Adoption' });
    expect(document.title).toBe('Statistiques – Info Parquet');
    expect(adoption).toHaveTextContent(/1\s234/);
    expect(adoption).toHaveTextContent(/période précédente : 1\s000/);
    expect(screen.getByRole('region', { name: 'Délai d’enregistrement' })).toHaveTextContent(/Médiane et 90e centile/);
    const table = screen.getByRole('table', { name: 'Évolution des indicateurs' });
    expect(within(table).getByRole('row', { name: /02\/03\/2026 600 2 h 90 % 50 % 25 %/ })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Télécharger les données (CSV)' })).toBeInTheDocument();
    expect(queries[0].get('granularity')).toBe('week');
    expect(queries[0].get('juridictionId')).toBeNull();
  });

  it('asks for the chosen period and administration kind', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get('*/api/public/statistiques', ({ request }) => {
        const query = new URL(request.url).searchParams;
        queries.push(query);
        return HttpResponse.json(indicatorsResponse({ ranking: undefined, current: indicatorValues(query.get('administrationKind') === 'douane' ? 9 : 1234) }));
      }),
    );
    const { user } = renderApp('/statistiques');
    await screen.findByRole('region', { name: 'Adoption' });
    await user.selectOptions(screen.getByRole('combobox', { name: 'Période' }), 'Les 12 derniers mois');
    await waitFor(() => expect(queries.at(-1)?.get('granularity')).toBe('month'));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Type d’administration' }), 'Douane (DGDDI)');
    await waitFor(() => expect(screen.getByRole('region', { name: 'Adoption' })).toHaveTextContent(/^Adoption9/));
  });

  it('says so when the figures are not available', async () => {
    server.use(http.get('*/api/public/statistiques', () => HttpResponse.json({ message: 'Service indisponible.' }, { status: 503 })));
    renderApp('/statistiques');
    expect(await screen.findByText(/Les statistiques ne sont pas disponibles pour le moment : Service indisponible./)).toBeInTheDocument();
  });
});
