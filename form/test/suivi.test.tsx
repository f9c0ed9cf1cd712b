import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { server, setupFakeApi } from './support/api-server';
import { SUIVI_CLASSEMENT } from './support/fixtures';
import { renderApp } from './support/render-app';

setupFakeApi();

describe('the tracking page', () => {
  it('shows the status, its meaning and the history of the referral', async () => {
    renderApp('/suivi/f3a9c1d2e4b5');
    // The page comes after its own download (lazy), then says it is loading the referral.
    expect(await screen.findByText('Chargement…')).toBeInTheDocument();
    expect(await screen.findByText('Saisine IP-2026-000123')).toBeInTheDocument();
    expect(screen.getByText('Enregistrée')).toBeInTheDocument();
    expect(screen.getAllByText(/a enregistré votre saisine et lui a attribué un numéro parquet/).length).toBeGreaterThan(0);
    expect(screen.getByText(/Tribunal judiciaire de Blois/)).toBeInTheDocument();
    const history = screen.getByRole('list', { name: 'Historique' });
    const items = within(history).getAllByRole('listitem').map((item) => item.textContent);
    expect(items).toEqual([
      '14/09/2026 10:32 : Saisine reçueVotre saisine a été reçue par le parquet. Un accusé de réception vous a été délivré.',
      '15/09/2026 09:05 : Enregistrée par le bureau d’ordreLe bureau d’ordre du parquet a enregistré votre saisine et lui a attribué un numéro parquet.',
    ]);
    expect(document.title).toBe('Suivi de la saisine IP-2026-000123 – Info Parquet');
  });

  it('shows a classement with its reason, the parquet number and the right to appeal (art. 40-3)', async () => {
    server.use(http.get('*/api/public/suivi/:token', () => HttpResponse.json(SUIVI_CLASSEMENT)));
    renderApp('/suivi/f3a9c1d2e4b5');
    const decision = await screen.findByRole('heading', { level: 2, name: 'Décision du procureur de la République' });
    const box = decision.parentElement as HTMLElement;
    expect(within(box).getByText('Classement sans suite')).toBeInTheDocument();
    expect(within(box).getByText(/Motif du classement : Auteur inconnu/)).toBeInTheDocument();
    expect(within(box).getByText(/recours auprès du procureur général.*article 40-3/)).toBeInTheDocument();
    expect(screen.getByText('26/258/12')).toBeInTheDocument();
    expect(screen.getAllByText(/Le procureur de la République a pris une décision/).length).toBeGreaterThan(0);
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
