import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { received, server, setupFakeApi } from './support/api-server';
import { RECEIPT } from './support/fixtures';
import { enter, fillValidSaisine, next, send } from './support/fill-form';
import { renderApp } from './support/render-app';

setupFakeApi();

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('sending a referral', () => {
  it('sends the JSON of the public API with an Idempotency-Key and shows the receipt', async () => {
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'personnes' });
    await user.click(screen.getByRole('button', { name: 'Ajouter une personne' }));
    const person = within(screen.getByRole('region', { name: 'Personne 1' }));
    await user.click(person.getByLabelText('Personne mise en cause'));
    await user.click(person.getByLabelText('Personne morale'));
    await enter(user, 'Dénomination', 'SARL Exemple');
    await enter(user, 'Numéro SIRET', '73282932000074');
    await next(user, 'qualification');
    await user.click(screen.getByLabelText(/^Cette saisine est urgente/));
    await enter(user, 'Motif de l’urgence', 'Risque de disparition des preuves');
    await enter(user, 'Qualification proposée', 'Fraude fiscale');
    await enter(user, 'Code NATINF', '7877');
    await next(user, 'pieces');
    await next(user, 'recapitulatif');
    expect(document.title).toBe('Récapitulatif (étape 7 sur 7) – Transmettre une saisine au parquet – Info Parquet');

    await send(user);

    expect(await screen.findByRole('heading', { level: 1, name: 'Saisine transmise' })).toHaveFocus();
    expect(screen.getByTestId('reference')).toHaveTextContent('IP-2026-000123');
    expect(screen.getByText('lundi 14 septembre 2026 à 10:32')).toBeInTheDocument();
    expect(screen.getByText('Tribunal judiciaire de Blois')).toBeInTheDocument();
    const link = screen.getByRole('link', { name: RECEIPT.trackingUrl });
    expect(link).toHaveAttribute('href', RECEIPT.trackingUrl);
    expect(document.title).toBe('Saisine IP-2026-000123 transmise – Info Parquet');

    expect(received.saisines).toHaveLength(1);
    const [{ body, idempotencyKey }] = received.saisines;
    expect(idempotencyKey).toMatch(UUID);
    expect(body).toEqual({
      kind: 'signalement_article_40',
      urgent: true,
      urgencyReason: 'Risque de disparition des preuves',
      sender: {
        administration: 'Direction départementale des finances publiques de Loir-et-Cher',
        administrationKind: 'dgfip',
        service: 'Pôle de contrôle fiscal',
        agentName: 'Camille Martin',
        agentFunction: 'Inspectrice des finances publiques',
        email: 'camille.martin@dgfip.finances.gouv.fr',
        phone: '',
      },
      facts: {
        narrative: 'Minoration massive du chiffre d’affaires déclaré depuis 2024.',
        startDate: '2026-01-14',
        endDate: null,
        communeInsee: '41018',
        address: '',
        knowledge: 'Constaté lors d’un contrôle sur place',
      },
      juridictionId: 'tj-blois',
      routingReason: '',
      qualification: 'Fraude fiscale',
      natinf: '7877',
      persons: [{ role: 'mis_en_cause', type: 'morale', name: 'SARL Exemple', siret: '73282932000074', address: '' }],
      attachmentIds: [],
    });
  });

  it('copies the tracking link', async () => {
    const { user } = renderApp();
    await fillValidSaisine(user);
    await send(user);
    const copy = await screen.findByRole('button', { name: 'Copier le lien de suivi' });
    const writeText = jest.spyOn(navigator.clipboard, 'writeText');
    await user.click(copy);
    expect(await screen.findByText('Lien copié.')).toBeInTheDocument();
    expect(writeText).toHaveBeenCalledWith(RECEIPT.trackingUrl);
  });

  it('disables the button while sending and sends one request for a double click', async () => {
    let release: () => void = () => undefined;
    server.use(
      http.post('*/api/public/saisines', async ({ request }) => {
        received.saisines.push({ body: await request.json(), idempotencyKey: request.headers.get('Idempotency-Key') });
        await new Promise<void>((resolve) => (release = resolve));
        return HttpResponse.json(RECEIPT, { status: 201 });
      }),
    );
    const { user } = renderApp();
    await fillValidSaisine(user);
    const button = screen.getByRole('button', { name: 'Envoyer la saisine' });

    await user.dblClick(button);
    // Even submit events that bypass the disabled button (e.g. Enter in a field) send nothing more.
    const form = button.closest('form') as HTMLFormElement;
    fireEvent.submit(form);
    fireEvent.submit(form);

    const sending = await screen.findByRole('button', { name: 'Envoi en cours…' });
    expect(sending).toBeDisabled();
    await waitFor(() => expect(received.saisines).toHaveLength(1));
    release();
    expect(await screen.findByTestId('reference')).toHaveTextContent('IP-2026-000123');
    expect(received.saisines).toHaveLength(1);
  });

  it('keeps the values and the Idempotency-Key after a network failure, and says so', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(
        '*/api/public/saisines',
        ({ request }) => {
          keys.push(request.headers.get('Idempotency-Key'));
          return HttpResponse.error();
        },
        { once: true },
      ),
    );
    const { user } = renderApp();
    await fillValidSaisine(user);
    await send(user);

    const alert = await screen.findByText(/Le service est injoignable/);
    expect(alert.closest('[tabindex="-1"]')).toHaveFocus();
    expect(screen.getByText('Camille Martin')).toBeInTheDocument();
    expect(screen.getByText('Blois (41000)')).toBeInTheDocument();

    await send(user);
    expect(await screen.findByTestId('reference')).toBeInTheDocument();
    expect(received.saisines).toHaveLength(1);
    expect(received.saisines[0].idempotencyKey).toBe(keys[0]);
  });

  it('uses the same Idempotency-Key when retrying after a 5xx', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(
        '*/api/public/saisines',
        ({ request }) => {
          keys.push(request.headers.get('Idempotency-Key'));
          return HttpResponse.json({ message: 'Erreur interne.' }, { status: 503 });
        },
        { once: true },
      ),
    );
    const { user } = renderApp();
    await fillValidSaisine(user);
    await send(user);
    const alert = await screen.findByRole('alert');
    expect(within(alert).getByText(/erreur 503/)).toBeInTheDocument();

    await send(user);
    await screen.findByTestId('reference');
    expect(received.saisines[0].idempotencyKey).toBe(keys[0]);
  });
});
