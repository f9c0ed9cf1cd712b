import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server, setupFakeApi } from './support/api-server';
import { renderApp } from './support/render-app';

setupFakeApi();

describe('the tracking page', () => {
  it('shows the status, its meaning and the history of the referral', async () => {
    renderApp('/suivi/f3a9c1d2e4b5');
    expect(screen.getByText('Chargement…')).toBeInTheDocument();
    expect(await screen.findByText('Saisine IP-2026-000123')).toBeInTheDocument();
    expect(screen.getByText('Enregistrée')).toBeInTheDocument();
    expect(screen.getByText(/a enregistré votre saisine et lui a attribué un numéro parquet/)).toBeInTheDocument();
    expect(screen.getByText(/Tribunal judiciaire de Blois/)).toBeInTheDocument();
    const history = screen.getByRole('list', { name: 'Historique' });
    const items = within(history).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual(['14/09/2026 10:32 : Saisine reçue', '15/09/2026 09:05 : Enregistrée par le bureau d’ordre']);
    expect(document.title).toBe('Suivi de la saisine IP-2026-000123 – Info Parquet');
  });

  it('says when the link is invalid or expired', async () => {
    renderApp('/suivi/inconnu');
    expect(await screen.findByText('Lien de suivi invalide ou expiré.')).toBeInTheDocument();
  });

  it('says when the service does not answer', async () => {
    server.use(http.get('*/api/public/suivi/:token', () => HttpResponse.error()));
    renderApp('/suivi/f3a9c1d2e4b5');
    expect(await screen.findByText('Le suivi est momentanément indisponible')).toBeInTheDocument();
  });
});
