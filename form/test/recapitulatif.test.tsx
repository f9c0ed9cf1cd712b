import { screen, waitFor, within } from '@testing-library/react';
import { received, setupFakeApi } from './support/api-server';
import { byLabel, enter, fillValidSaisine, next, send, stepHeading } from './support/fill-form';
import { renderApp } from './support/render-app';

setupFakeApi();

const block = (title: string) => within(screen.getByRole('region', { name: title }));

describe('the summary before sending', () => {
  it('shows everything entered, step by step, each with a "Modifier" button back to its step', async () => {
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'qualification' });
    await enter(user, 'Qualification proposée', 'Fraude fiscale');
    await next(user, 'pieces');
    const summary = await next(user, 'recapitulatif');
    await waitFor(() => expect(summary).toHaveFocus());
    expect(summary).toHaveTextContent('Étape 7 sur 7');

    const service = block('Votre service');
    expect(service.getByText('Direction départementale des finances publiques de Loir-et-Cher')).toBeInTheDocument();
    expect(service.getByText('Finances publiques (DGFiP)')).toBeInTheDocument();
    expect(service.getByText('camille.martin@dgfip.finances.gouv.fr')).toBeInTheDocument();
    expect(block('Nature de la saisine').getByText('Signalement (article 40 du code de procédure pénale)')).toBeInTheDocument();
    const facts = block('Les faits et leur lieu');
    expect(facts.getByText('Minoration massive du chiffre d’affaires déclaré depuis 2024.')).toBeInTheDocument();
    expect(facts.getByText('14/01/2026')).toBeInTheDocument();
    expect(facts.getByText('Constaté lors d’un contrôle sur place')).toBeInTheDocument();
    expect(facts.getByText('Blois (41000)')).toBeInTheDocument();
    expect(facts.getByText('Tribunal judiciaire de Blois')).toBeInTheDocument();
    // The "not given" wording agrees with its label.
    expect(within(facts.getByText('Adresse des faits').parentElement!).getByText('Non renseignée')).toBeInTheDocument();
    expect(within(service.getByText('Téléphone').parentElement!).getByText('Non renseigné')).toBeInTheDocument();
    expect(block('Personnes concernées').getByText('Aucune personne indiquée.')).toBeInTheDocument();
    expect(block('Qualification et urgence').getByText('Fraude fiscale')).toBeInTheDocument();
    expect(block('Qualification et urgence').getByText('Non urgente')).toBeInTheDocument();
    expect(block('Pièces jointes').getByText('Aucune pièce jointe.')).toBeInTheDocument();

    // "Modifier": back to the step, its values there; then straight back to the summary.
    await user.click(screen.getByRole('button', { name: 'Modifier : les faits et leur lieu' }));
    await waitFor(() => expect(stepHeading('Les faits et leur lieu')).toHaveFocus());
    expect(byLabel('Commune des faits')).toHaveValue('Blois (41000)');
    await user.type(byLabel('Date de fin'), '2026-03-31');
    await user.click(screen.getByRole('button', { name: 'Revenir au récapitulatif' }));
    await waitFor(() => expect(stepHeading('Récapitulatif')).toHaveFocus());
    expect(block('Les faits et leur lieu').getByText('Du 14/01/2026 au 31/03/2026')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Modifier : votre service' }));
    await user.clear(byLabel('Prénom et nom de l’agent'));
    await user.click(screen.getByRole('button', { name: 'Revenir au récapitulatif' }));
    // An invalid step stays, with its error.
    await waitFor(() => expect(byLabel('Prénom et nom de l’agent')).toHaveFocus());
    await enter(user, 'Prénom et nom de l’agent', 'Camille Durand');
    await user.click(screen.getByRole('button', { name: 'Revenir au récapitulatif' }));
    expect(await block('Votre service').findByText('Camille Durand')).toBeInTheDocument();

    await send(user);
    await screen.findByTestId('reference');
    expect(received.saisines[0].body).toMatchObject({
      sender: { agentName: 'Camille Durand' },
      facts: { startDate: '2026-01-14', endDate: '2026-03-31' },
      qualification: 'Fraude fiscale',
    });
  });
});
