import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { screen, within } from '@testing-library/react';
import { setupFakeApi } from './support/api-server';
import { renderApp } from './support/render-app';

setupFakeApi();

describe('the page frame', () => {
  it('has skip links, the DSFR header and footer, and one main landmark', () => {
    renderApp();
    expect(screen.getByRole('link', { name: 'Contenu' })).toHaveAttribute('href', '#contenu');
    expect(screen.getByRole('banner')).toHaveTextContent('Info Parquet');
    expect(screen.getByRole('banner')).toHaveTextContent(/Ministère\s*de la Justice/);
    expect(screen.getByRole('main')).toHaveAttribute('id', 'contenu');
    expect(screen.getByRole('contentinfo')).toHaveAttribute('id', 'pied-de-page');
    expect(screen.getByRole('link', { name: /Accessibilité : non conforme/ })).toHaveAttribute('href', '/accessibilite');
    // A lost tracking link is recoverable from every page, not only from a broken link.
    expect(within(screen.getByRole('banner')).getAllByRole('link', { name: 'Lien de suivi perdu ?' })[0]).toHaveAttribute('href', '/lien-perdu');
    expect(screen.getByRole('heading', { level: 1, name: 'Transmettre une saisine au parquet' })).toBeInTheDocument();
  });

  it('serves a French page', () => {
    const html = readFileSync(join(__dirname, '..', 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="fr">/);
  });

  it('answers unknown addresses with a page not found', () => {
    renderApp('/nulle-part');
    expect(screen.getByRole('heading', { level: 1, name: 'Page non trouvée' })).toBeInTheDocument();
    expect(document.title).toBe('Page non trouvée – Info Parquet');
  });
});
