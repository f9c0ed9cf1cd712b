import { screen, waitFor } from '@testing-library/react';
import { received, setupFakeApi } from './support/api-server';
import { byLabel, enter, fillValidSaisine, send, stepHeading } from './support/fill-form';
import { renderApp } from './support/render-app';

setupFakeApi();

const DRAFT_KEY = 'info-parquet:brouillon-saisine';
const storedDraft = () => localStorage.getItem(DRAFT_KEY);

describe('the draft kept in the browser', () => {
  it('is saved as the agent types, restored after a reload at the same step with a notice, and cleared after the submit', async () => {
    const first = renderApp();
    await fillValidSaisine(first.user);
    await waitFor(() => expect(storedDraft()).toContain('"step":"recapitulatif"'));
    expect(storedDraft()).toContain('Camille Martin');
    expect(storedDraft()).toContain('41018');
    first.unmount();

    const { user } = renderApp();
    expect(screen.getByText('Brouillon restauré')).toBeInTheDocument();
    expect(screen.getByText(/Les pièces jointes ne sont pas conservées dans le brouillon : ajoutez-les de nouveau/)).toBeInTheDocument();
    expect(stepHeading('Récapitulatif')).toBeInTheDocument();
    expect(document.title).toBe('Récapitulatif (étape 7 sur 7) – Transmettre une saisine au parquet – Info Parquet');
    expect(screen.getByText('Camille Martin')).toBeInTheDocument();
    expect(screen.getByText('Blois (41000)')).toBeInTheDocument();
    // The court is asked again for the restored commune, even though its step is not shown.
    expect(await screen.findByText('Tribunal judiciaire de Blois')).toBeInTheDocument();

    await send(user);
    await screen.findByTestId('reference');
    expect(received.saisines[0].body).toMatchObject({
      sender: { agentName: 'Camille Martin' },
      facts: { communeInsee: '41018' },
      juridictionId: 'tj-blois',
    });
    expect(received.saisines[0].body).not.toHaveProperty('commune');
    expect(received.saisines[0].body).not.toHaveProperty('step');
    expect(storedDraft()).toBeNull();
  });

  it('brings the agent back to the step they were at, with its values', async () => {
    const first = renderApp();
    await fillValidSaisine(first.user, { until: 'faits' });
    await enter(first.user, 'Description des faits', 'Des factures fictives.');
    await waitFor(() => expect(storedDraft()).toContain('Des factures fictives.'));
    first.unmount();

    renderApp();
    expect(stepHeading('Les faits et leur lieu')).toBeInTheDocument();
    expect(document.title).toBe('Les faits et leur lieu (étape 3 sur 7) – Transmettre une saisine au parquet – Info Parquet');
    expect(byLabel('Description des faits')).toHaveValue('Des factures fictives.');
  });

  it('is erased on request: the form starts empty', async () => {
    const first = renderApp();
    await enter(first.user, 'Prénom et nom de l’agent', 'Camille Martin');
    await waitFor(() => expect(storedDraft()).toContain('Camille Martin'));
    first.unmount();

    const { user } = renderApp();
    await user.click(screen.getByRole('button', { name: 'Effacer le brouillon' }));
    expect(storedDraft()).toBeNull();
    expect(screen.queryByText('Brouillon restauré')).not.toBeInTheDocument();
    expect(byLabel('Prénom et nom de l’agent')).toHaveValue('');
  });
});
