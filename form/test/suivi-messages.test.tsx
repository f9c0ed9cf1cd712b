import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { SUIVI_CLOSED_MESSAGE } from '@info-parquet/common';
import type { Suivi } from '../src/api/types';
import { server, setupFakeApi } from './support/api-server';
import { SUIVI } from './support/fixtures';
import { renderApp } from './support/render-app';

setupFakeApi();

const REQUEST = {
  at: '2026-09-16T08:00:00.000Z',
  from: 'parquet' as const,
  authorLabel: 'Parquet du Tribunal judiciaire de Blois',
  message: 'Merci de joindre le procès-verbal du 14 septembre.',
  pieces: [],
};

const AWAITING: Suivi = { ...SUIVI, status: 'complement_demande', statusLabel: 'Complément demandé', thread: [REQUEST], canAddMessage: true };

describe('the exchange with the court on the tracking page', () => {
  it('shows the court’s question and sends the answer, then shows the referral back in the court’s queue', async () => {
    let current: Suivi = AWAITING;
    const sent: unknown[] = [];
    server.use(
      http.get('*/api/public/suivi/:token', () => HttpResponse.json(current)),
      http.post('*/api/public/suivi/:token/messages', async ({ request }) => {
        sent.push(await request.json());
        current = {
          ...SUIVI,
          canAddMessage: true,
          thread: [REQUEST, { at: '2026-09-17T08:00:00.000Z', from: 'expediteur', authorLabel: 'Camille Martin (DDFiP)', message: 'Voici le procès-verbal.', pieces: [] }],
        };
        return HttpResponse.json(
          { status: 'enregistree', message: 'Votre réponse a été transmise au parquet : la saisine reprend son examen.' },
          { status: 201 },
        );
      }),
    );
    const user = userEvent.setup();
    renderApp('/suivi/f3a9c1d2e4b5');
    const exchanges = await screen.findByRole('list', { name: 'Échanges' });
    expect(within(exchanges).getByText('Merci de joindre le procès-verbal du 14 septembre.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Répondre au parquet' })).toBeInTheDocument();
    // The tracking page keeps no draft: no word about one; French number typography.
    expect(screen.queryByText(/brouillon/)).not.toBeInTheDocument();
    expect(screen.getByText(/^5\s000 caractères au plus/)).toBeInTheDocument();

    await user.type(screen.getByLabelText(/Votre message/), 'Voici le procès-verbal.');
    await user.click(screen.getByRole('button', { name: 'Envoyer au parquet' }));

    expect(await screen.findByText(/la saisine reprend son examen/)).toBeInTheDocument();
    expect(sent).toEqual([{ message: 'Voici le procès-verbal.', attachmentIds: [] }]);
    expect(await screen.findByText('Voici le procès-verbal.', { selector: 'p' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Ajouter un message ou des pièces' })).toBeInTheDocument();
  });

  it('refuses an empty message without calling the API', async () => {
    const user = userEvent.setup();
    renderApp('/suivi/f3a9c1d2e4b5');
    await user.click(await screen.findByRole('button', { name: 'Envoyer au parquet' }));
    expect(screen.getByText('Écrivez un message ou joignez au moins une pièce.')).toBeInTheDocument();
  });

  it('disables the form once the referral is closed', async () => {
    server.use(http.get('*/api/public/suivi/:token', () => HttpResponse.json({ ...SUIVI, status: 'cloturee', statusLabel: 'Clôturée', canAddMessage: false })));
    renderApp('/suivi/f3a9c1d2e4b5');
    expect(await screen.findByText(SUIVI_CLOSED_MESSAGE)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Envoyer au parquet' })).toBeDisabled();
    expect(screen.getByLabelText(/Votre message/)).toBeDisabled();
  });
});

describe('the « lien perdu » page', () => {
  it('sends the address and shows the same answer whatever it is', async () => {
    const asked: unknown[] = [];
    const answer = 'Si des saisines ont été envoyées depuis cette adresse au cours des 24 derniers mois, un courriel contenant leurs liens de suivi vient de lui être adressé.';
    server.use(
      http.post('*/api/public/liens-de-suivi', async ({ request }) => {
        asked.push(await request.json());
        return HttpResponse.json({ message: answer }, { status: 202 });
      }),
    );
    const user = userEvent.setup();
    renderApp('/lien-perdu');
    expect(await screen.findByRole('heading', { level: 1, name: 'Lien de suivi perdu ?' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Adresse électronique'), 'camille.martin@dgfip.finances.gouv.fr');
    await user.click(screen.getByRole('button', { name: 'Recevoir mes liens de suivi' }));
    expect(await screen.findByText(answer)).toBeInTheDocument();
    expect(asked).toEqual([{ email: 'camille.martin@dgfip.finances.gouv.fr' }]);
  });

  it('is offered from an invalid tracking link', async () => {
    renderApp('/suivi/inconnu');
    expect(await screen.findByRole('link', { name: /Lien perdu/ })).toHaveAttribute('href', '/lien-perdu');
  });
});
