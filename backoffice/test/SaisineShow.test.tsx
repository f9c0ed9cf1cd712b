import { screen, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { Route, Routes } from 'react-router-dom';
import SaisineShow from '../src/saisines/SaisineShow';
import { detailRecord, sessionFor } from './support/fixtures';
import { meHandler, server, startServer } from './support/server';
import { renderScreen } from './support/renderAdmin';

startServer();

const ID = 'a5f0c6de-0000-4000-8000-000000000001';

function renderShow() {
  return renderScreen(
    <Routes>
      <Route path="/saisines/:id/show" element={<SaisineShow />} />
    </Routes>,
    { path: `/saisines/${ID}/show` },
  );
}

describe('SaisineShow', () => {
  it('shows the file: header, sender, facts, persons and the timeline with its integrity', async () => {
    server.use(
      meHandler(sessionFor('greffier')),
      http.get('*/api/saisines/:id', () =>
        HttpResponse.json(
          detailRecord({
            urgent: true,
            urgencyReason: 'Preuves sur le point de disparaître',
            assigneeName: 'Dominique Petit',
            factsCommuneCodesPostaux: ['41000'],
            factsAddress: '',
            senderPhone: '',
          }),
        ),
      ),
    );
    renderShow();

    expect(await screen.findByRole('heading', { name: 'Saisine IP-2026-000123' })).toBeInTheDocument();
    expect(screen.getByText('Motif de l’urgence : Preuves sur le point de disparaître')).toBeInTheDocument();
    expect(screen.getByText('Numéro parquet : 26123000045 · Attribuée à Dominique Petit')).toBeInTheDocument();

    const sender = screen.getByRole('region', { name: 'Expéditeur' });
    expect(within(sender).getByText('Finances publiques (DGFiP)')).toBeInTheDocument();
    expect(within(sender).getByRole('link', { name: 'camille.bernard@dgfip.finances.gouv.fr' })).toBeInTheDocument();

    const facts = screen.getByRole('region', { name: 'Faits' });
    expect(within(facts).getByText('le 01/09/2026')).toBeInTheDocument();
    // The postal code, as the form offered the commune, not the INSEE code (41018).
    expect(within(facts).getByText('Blois (41000)')).toBeInTheDocument();
    // The missing value agrees with its label: « Adresse : Non renseignée », « Téléphone : Non renseigné ».
    expect(within(facts).getByText('Adresse').nextElementSibling).toHaveTextContent(/^Non renseignée$/);
    expect(within(sender).getByText('Téléphone').nextElementSibling).toHaveTextContent(/^Non renseigné$/);

    const persons = screen.getByRole('region', { name: 'Personnes' });
    expect(within(persons).getByText('SARL Exemple')).toBeInTheDocument();
    expect(within(persons).getByText('Personne mise en cause')).toBeInTheDocument();
    expect(within(persons).getByText('DURAND Alex')).toBeInTheDocument();
    expect(within(screen.getByRole('region', { name: 'Pièces jointes' })).getByText('Aucune pièce jointe.')).toBeInTheDocument();

    const timeline = within(screen.getByRole('list', { name: 'Chronologie de la saisine' })).getAllByRole('listitem');
    expect(timeline).toHaveLength(2);
    expect(timeline[0]).toHaveTextContent('14/09/2026 16:05');
    // The creation's title already says it was received: no « Saisine reçue : Reçue ».
    expect(within(timeline[0]).getByText('Saisine reçue')).toBeInTheDocument();
    expect(timeline[0]).not.toHaveTextContent('Reçue');
    expect(timeline[1]).toHaveTextContent('Changement de statut : Reçue → Enregistrée');
    expect(timeline[1]).toHaveTextContent('par Camille Martin');
    expect(timeline[1]).toHaveTextContent('Numéro parquet : 26123000045');
    expect(screen.getByText('Journal intègre : 2 événements vérifiés')).toBeInTheDocument();

    const milestones = screen.getByRole('region', { name: 'Jalons' });
    expect(within(milestones).getByText('14/09/2026 17:30')).toBeInTheDocument();
  });

  it('links each document to its download, with its SHA-256', async () => {
    const sha256 = 'a'.repeat(64);
    server.use(
      meHandler(sessionFor('greffier')),
      http.get('*/api/saisines/:id', () =>
        HttpResponse.json(
          detailRecord({
            attachments: [{ id: 'f1e2d3c4-0000-4000-8000-000000000009', originalName: 'pv-controle.pdf', mimeType: 'application/pdf', sizeBytes: 2048, sha256, uploadedAt: '2026-09-14T14:06:00.000Z' }],
          }),
        ),
      ),
    );
    renderShow();

    const documents = await screen.findByRole('region', { name: 'Pièces jointes' });
    const link = within(documents).getByRole('link', { name: 'pv-controle.pdf' });
    expect(link).toHaveAttribute('href', `/api/saisines/${ID}/pieces-jointes/f1e2d3c4-0000-4000-8000-000000000009`);
    expect(within(documents).getByText(/SHA-256 aaaaaaaaaaaa…/)).toBeInTheDocument();
  });

  it('warns when the event chain is broken', async () => {
    server.use(
      meHandler(sessionFor('greffier')),
      http.get('*/api/saisines/:id', () => HttpResponse.json(detailRecord({ chain: { ok: false, checked: 4, brokenSeq: 3 } }))),
    );
    renderShow();

    const alert = await screen.findByText(/Intégrité du journal compromise/);
    expect(alert).toHaveTextContent('4 événements contrôlés');
    expect(screen.queryByText(/Journal intègre/)).not.toBeInTheDocument();
  });

  it('explains a 404 (a referral of another court) in French instead of crashing', async () => {
    server.use(
      meHandler(sessionFor('greffier')),
      http.get('*/api/saisines/:id', () => HttpResponse.json({ message: 'Saisine introuvable.' }, { status: 404 })),
    );
    renderShow();

    expect(await screen.findByText('Saisine introuvable')).toBeInTheDocument();
    expect(screen.getByText(/ne relève pas de votre juridiction/)).toBeInTheDocument();
  });
});
