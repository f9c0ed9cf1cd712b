import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { received, server, setupFakeApi } from './support/api-server';
import { byLabel, enter, errorOf, fillFacts, fillSender, fillValidSaisine, next, send, stepHeading, toSummary } from './support/fill-form';
import { renderApp } from './support/render-app';

setupFakeApi();

const REQUIRED = 'Ce champ est obligatoire.';

describe('the steps of the form', () => {
  it('checks only the current step before "Suivant", focuses the first error, then moves on and focuses the step title', async () => {
    const { user } = renderApp();
    expect(stepHeading('Votre service')).toHaveTextContent('Étape 1 sur 7');
    expect(screen.getByText('Nature de la saisine')).toBeInTheDocument(); // "Étape suivante"
    expect(document.title).toBe('Votre service (étape 1 sur 7) – Transmettre une saisine au parquet – Info Parquet');

    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    await waitFor(() => expect(byLabel('Administration')).toHaveFocus());
    expect(errorOf(byLabel('Administration'))).toBe(REQUIRED);
    expect(byLabel('Administration')).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf(byLabel('Type d’administration'))).toBe(REQUIRED);
    expect(errorOf(byLabel('Prénom et nom de l’agent'))).toBe(REQUIRED);
    expect(errorOf(byLabel('Fonction'))).toBe(REQUIRED);
    expect(errorOf(byLabel('Adresse électronique professionnelle'))).toBe(REQUIRED);
    expect(errorOf(byLabel('Service'))).toBeNull();
    expect(stepHeading('Votre service')).toBeInTheDocument();

    await fillSender(user);
    const nature = await next(user, 'nature');
    await waitFor(() => expect(nature).toHaveFocus());
    expect(nature).toHaveTextContent('Étape 2 sur 7');
    expect(document.title).toBe('Nature de la saisine (étape 2 sur 7) – Transmettre une saisine au parquet – Info Parquet');
    // The next steps' required fields are not shown as errors before the agent gets there.
    expect(screen.queryByText(REQUIRED)).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    const kind = screen.getByLabelText('Signalement (article 40 du code de procédure pénale)');
    await waitFor(() => expect(kind).toHaveFocus());
    expect(errorOf(kind)).toBe(REQUIRED);

    await user.click(kind);
    await next(user, 'faits');
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    await waitFor(() => expect(byLabel('Description des faits')).toHaveFocus());
    expect(errorOf(byLabel('Date des faits'))).toBe(REQUIRED);
    expect(errorOf(byLabel('Comment avez-vous eu connaissance des faits'))).toBe(REQUIRED);
    expect(errorOf(byLabel('Commune des faits'))).toBe('Choisissez la commune des faits.');
    expect(received.saisines).toHaveLength(0);
  });

  it('goes back with "Précédent" without checking or losing anything', async () => {
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'faits' });
    await fillFacts(user);
    await user.click(screen.getByRole('button', { name: 'Précédent' }));
    await waitFor(() => expect(stepHeading('Nature de la saisine')).toHaveFocus());
    expect(screen.getByLabelText('Signalement (article 40 du code de procédure pénale)')).toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Précédent' }));
    expect(byLabel('Prénom et nom de l’agent')).toHaveValue('Camille Martin');
    expect(screen.queryByRole('button', { name: 'Précédent' })).not.toBeInTheDocument();

    await next(user, 'nature');
    await next(user, 'faits');
    expect(byLabel('Description des faits')).toHaveValue('Minoration massive du chiffre d’affaires déclaré depuis 2024.');
    expect(byLabel('Commune des faits')).toHaveValue('Blois (41000)');
    expect(screen.getByText('Tribunal judiciaire de Blois')).toBeInTheDocument();
  });

  it('goes to the next step with Enter in a field', async () => {
    const { user } = renderApp();
    await fillSender(user);
    await user.click(byLabel('Fonction'));
    await user.keyboard('{Enter}');
    expect(await screen.findByRole('heading', { level: 2, name: /^Nature de la saisine/ })).toBeInTheDocument();
  });

  it('asks for the urgency reason only when the referral is urgent', async () => {
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'qualification' });
    expect(screen.queryByLabelText(/^Motif de l’urgence/)).not.toBeInTheDocument();
    await user.click(screen.getByLabelText(/^Cette saisine est urgente/));
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(errorOf(await screen.findByLabelText(/^Motif de l’urgence/))).toBe('Indiquez le motif de l’urgence.');
    await enter(user, 'Code NATINF', '12a');
    await user.tab();
    expect(errorOf(byLabel('Code NATINF'))).toBe('Code NATINF invalide (1 à 5 chiffres).');
    expect(stepHeading('Qualification et urgence')).toBeInTheDocument();
  });

  it('keeps the click that leaves an invalid field: its message appears once the button is released', async () => {
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'qualification' });
    await enter(user, 'Code NATINF', '12a');
    const urgent = screen.getByLabelText(/^Cette saisine est urgente/);
    await user.pointer({ keys: '[MouseLeft>]', target: urgent });
    // The field has lost the focus, yet nothing has moved under the pressed button (a message
    // would push the checkbox away from it in a browser, and the click would be lost).
    expect(byLabel('Code NATINF')).not.toHaveFocus();
    expect(errorOf(byLabel('Code NATINF'))).toBeNull();
    await user.pointer({ keys: '[/MouseLeft]', target: urgent });
    expect(urgent).toBeChecked();
    await waitFor(() => expect(errorOf(byLabel('Code NATINF'))).toBe('Code NATINF invalide (1 à 5 chiffres).'));
    // Screen readers hear it: the DSFR message group is a polite live region.
    expect(screen.getByText('Code NATINF invalide (1 à 5 chiffres).').closest('[aria-live="polite"]')).not.toBeNull();
    expect(byLabel('Code NATINF')).toHaveAttribute('aria-invalid', 'true');
  });

  it('shows a field message when the agent leaves an invalid field', async () => {
    const { user } = renderApp();
    await enter(user, 'Adresse électronique professionnelle', 'camille.martin');
    await user.tab();
    expect(errorOf(byLabel('Adresse électronique professionnelle'))).toBe('Adresse électronique invalide (exemple : prenom.nom@administration.gouv.fr).');
  });
});

describe('a referral refused by the API', () => {
  it('shows the step of the first server message, its field in error, the others in an alert that takes the focus', async () => {
    server.use(
      http.post('*/api/public/saisines', () =>
        HttpResponse.json(
          {
            message: 'La saisine contient des erreurs. Corrigez les champs indiqués.',
            errors: {
              'facts.narrative': 'Le récit des faits est trop vague.',
              'sender.email': 'Adresse électronique refusée.',
              attachmentIds: 'Pièce jointe inconnue.',
            },
          },
          { status: 400 },
        ),
      ),
    );
    const { user } = renderApp();
    await fillValidSaisine(user);
    await send(user);

    const alert = await screen.findByRole('alert');
    expect(stepHeading('Votre service')).toBeInTheDocument();
    expect(within(alert).getByText(/La saisine contient des erreurs\. Corrigez les champs indiqués\./)).toBeInTheDocument();
    // Messages for fields of other steps are listed in the alert.
    expect(within(alert).getByText('Pièce jointe inconnue.')).toBeInTheDocument();
    expect(within(alert).getByText('Le récit des faits est trop vague.')).toBeInTheDocument();
    await waitFor(() => expect(alert.closest('[tabindex="-1"]')).toHaveFocus());
    expect(errorOf(byLabel('Adresse électronique professionnelle'))).toBe('Adresse électronique refusée.');

    // A server message stays while the agent edits other fields, and goes when its field changes.
    await enter(user, 'Fonction', ' principale');
    await user.tab();
    expect(errorOf(byLabel('Adresse électronique professionnelle'))).toBe('Adresse électronique refusée.');
    await user.clear(byLabel('Adresse électronique professionnelle'));
    await enter(user, 'Adresse électronique professionnelle', 'camille@dgfip.finances.gouv.fr');
    expect(errorOf(byLabel('Adresse électronique professionnelle'))).toBeNull();
    await toSummary(user);
    await user.click(screen.getByRole('button', { name: 'Modifier : les faits et leur lieu' }));
    expect(errorOf(byLabel('Description des faits'))).toBe('Le récit des faits est trop vague.');
    expect(byLabel('Description des faits')).toHaveValue('Minoration massive du chiffre d’affaires déclaré depuis 2024.');
    await enter(user, 'Description des faits', ' Détails.');
    expect(errorOf(byLabel('Description des faits'))).toBeNull();
  });

  it('sends the corrected referral with a new Idempotency-Key (nothing was created)', async () => {
    const keys: (string | null)[] = [];
    server.use(
      http.post(
        '*/api/public/saisines',
        ({ request }) => {
          keys.push(request.headers.get('Idempotency-Key'));
          return HttpResponse.json({ message: 'Refusée.', errors: { 'sender.agentName': 'Nom refusé.' } }, { status: 400 });
        },
        { once: true },
      ),
    );
    const { user } = renderApp();
    await fillValidSaisine(user);
    await send(user);
    expect(await screen.findByText('Nom refusé.')).toBeInTheDocument();
    expect(stepHeading('Votre service')).toBeInTheDocument();

    await toSummary(user);
    await send(user);
    await screen.findByTestId('reference');
    expect(received.saisines[0].idempotencyKey).not.toBe(keys[0]);
  });
});
