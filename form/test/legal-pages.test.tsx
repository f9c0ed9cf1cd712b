import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import type { InformationsLegales } from '@info-parquet/common';
import { server, setupFakeApi } from './support/api-server';
import { renderApp } from './support/render-app';

setupFakeApi();

const INFO: InformationsLegales = {
  editeur: 'Ministère de la Justice — Secrétariat général',
  adresse: '13, place Vendôme, 75042 Paris Cedex 01',
  directeurPublication: 'Le secrétaire général du ministère de la Justice',
  hebergeur: 'Hébergeur de test, 1 rue des Serveurs, 59000 Lille',
  contact: 'contact@info-parquet.test',
  responsableTraitement: 'Ministère de la Justice, représenté par le secrétaire général',
  delegueProtectionDonnees: 'dpd@justice.test',
  conservationSaisinesAnnees: 6,
  conservationPiecesNonRattacheesHeures: 24,
};

beforeEach(() => server.use(http.get('*/api/public/informations-legales', () => HttpResponse.json(INFO))));

describe('the legal pages', () => {
  it('are linked from every page’s footer', () => {
    renderApp();
    const footer = screen.getByRole('contentinfo');
    expect(within(footer).getByRole('link', { name: 'Mentions légales' })).toHaveAttribute('href', '/mentions-legales');
    expect(within(footer).getByRole('link', { name: 'Données personnelles' })).toHaveAttribute('href', '/donnees-personnelles');
    expect(within(footer).getByRole('link', { name: /Accessibilité : non conforme/ })).toHaveAttribute('href', '/accessibilite');
  });

  it('« Mentions légales » names the publisher, the director of publication and the host the operator set', async () => {
    renderApp('/mentions-legales');
    expect(await screen.findByText(/Hébergeur de test, 1 rue des Serveurs/)).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Mentions légales' })).toBeInTheDocument();
    expect(screen.getByText('Le secrétaire général du ministère de la Justice')).toBeInTheDocument();
    expect(screen.getByText('contact@info-parquet.test')).toBeInTheDocument();
    expect(document.title).toBe('Mentions légales – Info Parquet');
  });

  it('« Données personnelles » gives the controller, the bases, the recipients, the retention and the rights', async () => {
    renderApp('/donnees-personnelles');
    const retention = await screen.findByText(/une saisine et ses pièces : 6 ans après sa clôture/);
    expect(retention).toBeInTheDocument();
    expect(screen.getByText(/jamais envoyée avec une saisine : 24 heures/)).toBeInTheDocument();
    for (const heading of ['Responsable du traitement', 'Finalités', 'Bases légales', 'Données traitées', 'Destinataires', 'Durées de conservation', 'Vos droits']) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
    expect(screen.getByText(/délégué à la protection des données : dpd@justice\.test/)).toBeInTheDocument();
    expect(screen.getByText(/réclamation à la Commission nationale de l’informatique et des libertés/)).toBeInTheDocument();
  });

  it('says so plainly when the facts cannot be loaded', async () => {
    server.use(http.get('*/api/public/informations-legales', () => HttpResponse.json({ message: 'Service indisponible.' }, { status: 503 })));
    renderApp('/mentions-legales');
    expect(await screen.findByText('Cette page n’a pas pu être chargée')).toBeInTheDocument();
  });

  it('the accessibility statement says what was checked, what is not accessible yet and how to complain', async () => {
    renderApp('/accessibilite');
    expect(await screen.findByRole('heading', { level: 1, name: 'Déclaration d’accessibilité' })).toBeInTheDocument();
    for (const heading of ['État de conformité', 'Résultats des vérifications', 'Contenus non accessibles', 'Établissement de cette déclaration', 'Retour d’information et contact', 'Voies de recours']) {
      expect(screen.getByRole('heading', { level: 2, name: heading })).toBeInTheDocument();
    }
    expect(screen.getByText(/Défenseur des droits, Libre réponse 71120/)).toBeInTheDocument();
  });
});
