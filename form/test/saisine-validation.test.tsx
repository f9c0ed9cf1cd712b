import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { received, server, setupFakeApi } from './support/api-server';
import { byLabel, enter, fillValidSaisine } from './support/fill-form';
import { renderApp } from './support/render-app';

setupFakeApi();

const REQUIRED = 'Ce champ est obligatoire.';

/** The DSFR error message shown under a field (its input group carries the error state). */
function errorOf(field: HTMLElement): string | null {
  const group = field.closest('.fr-input-group, .fr-select-group, .fr-fieldset');
  return group?.querySelector('.fr-message--error, .fr-error-text')?.textContent ?? null;
}

describe('checking the referral before sending it', () => {
  it('shows the French messages of the shared schema on an empty submit, focuses the first one and sends nothing', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Envoyer la saisine' }));

    const kind = screen.getByLabelText('Signalement (article 40 du code de procédure pénale)');
    await waitFor(() => expect(kind).toHaveFocus());
    expect(errorOf(kind)).toBe(REQUIRED);
    expect(kind).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf(byLabel('Administration'))).toBe(REQUIRED);
    expect(errorOf(byLabel('Type d’administration'))).toBe(REQUIRED);
    expect(errorOf(byLabel('Prénom et nom de l’agent'))).toBe(REQUIRED);
    expect(errorOf(byLabel('Fonction'))).toBe(REQUIRED);
    expect(errorOf(byLabel('Adresse électronique professionnelle'))).toBe(REQUIRED);
    expect(errorOf(byLabel('Description des faits'))).toBe(REQUIRED);
    expect(errorOf(byLabel('Date des faits'))).toBe(REQUIRED);
    expect(errorOf(byLabel('Comment avez-vous eu connaissance des faits'))).toBe(REQUIRED);
    expect(errorOf(byLabel('Commune des faits'))).toBe('Choisissez la commune des faits.');
    expect(byLabel('Administration')).toHaveAttribute('aria-invalid', 'true');
    expect(errorOf(byLabel('Service'))).toBeNull();
    expect(received.saisines).toHaveLength(0);
  });

  it('asks for the urgency reason only when the referral is urgent', async () => {
    const { user } = renderApp();
    expect(screen.queryByLabelText(/^Motif de l’urgence/)).not.toBeInTheDocument();
    await user.click(screen.getByLabelText(/^Cette saisine est urgente/));
    await user.click(screen.getByRole('button', { name: 'Envoyer la saisine' }));
    expect(errorOf(await screen.findByLabelText(/^Motif de l’urgence/))).toBe('Indiquez le motif de l’urgence.');
  });

  it('checks the person implicated: a name for a natural person, a valid SIRET for a company', async () => {
    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Ajouter une personne mise en cause' }));
    await user.click(screen.getByRole('button', { name: 'Envoyer la saisine' }));
    expect(errorOf(await screen.findByLabelText(/^Nom/))).toBe('Indiquez le nom de la personne.');

    await user.click(screen.getByLabelText('Personne morale'));
    await enter(user, 'Numéro SIRET', '12345678901234');
    await user.tab();
    expect(errorOf(byLabel('Numéro SIRET'))).toBe('SIRET invalide (14 chiffres avec une clé valide).');
    expect(errorOf(byLabel('Dénomination'))).toBe('Indiquez la dénomination de la personne morale.');

    await user.click(screen.getByRole('button', { name: 'Retirer cette personne' }));
    expect(screen.queryByLabelText(/^Numéro SIRET/)).not.toBeInTheDocument();
  });

  it('shows a field message when the agent leaves an invalid field', async () => {
    const { user } = renderApp();
    await enter(user, 'Adresse électronique professionnelle', 'camille.martin');
    await user.tab();
    expect(errorOf(byLabel('Adresse électronique professionnelle'))).toBe('Adresse électronique invalide.');
  });
});

describe('a referral refused by the API', () => {
  it('puts each server message on its field and the summary in an alert that takes the focus', async () => {
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
    await user.click(screen.getByRole('button', { name: 'Envoyer la saisine' }));

    const alert = await screen.findByRole('alert');
    // Once the submit is over (button back), the focus is still on the alert, not on a field.
    expect(await screen.findByRole('button', { name: 'Envoyer la saisine' })).toBeEnabled();
    expect(within(alert).getByText(/La saisine contient des erreurs\. Corrigez les champs indiqués\./)).toBeInTheDocument();
    // A message for a field that the page does not show is listed in the alert.
    expect(within(alert).getByText('Pièce jointe inconnue.')).toBeInTheDocument();
    expect(alert.closest('[tabindex="-1"]')).toHaveFocus();
    expect(errorOf(byLabel('Description des faits'))).toBe('Le récit des faits est trop vague.');
    expect(errorOf(byLabel('Adresse électronique professionnelle'))).toBe('Adresse électronique refusée.');
    expect(byLabel('Description des faits')).toHaveValue('Minoration massive du chiffre d’affaires déclaré depuis 2024.');

    // A server message stays while the agent edits other fields, and goes when its field changes.
    await enter(user, 'Fonction', ' principale');
    await user.tab();
    expect(errorOf(byLabel('Description des faits'))).toBe('Le récit des faits est trop vague.');
    await enter(user, 'Description des faits', ' Détails.');
    expect(errorOf(byLabel('Description des faits'))).toBeNull();
    expect(errorOf(byLabel('Adresse électronique professionnelle'))).toBe('Adresse électronique refusée.');
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
    await user.click(screen.getByRole('button', { name: 'Envoyer la saisine' }));
    expect(await screen.findByText('Nom refusé.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Envoyer la saisine' }));
    await screen.findByTestId('reference');
    expect(received.saisines[0].idempotencyKey).not.toBe(keys[0]);
  });
});
