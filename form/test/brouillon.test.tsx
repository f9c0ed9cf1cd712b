import { screen, waitFor } from '@testing-library/react';
import { received, setupFakeApi } from './support/api-server';
import { byLabel, enter, fillValidSaisine } from './support/fill-form';
import { renderApp } from './support/render-app';

setupFakeApi();

const DRAFT_KEY = 'info-parquet:brouillon-saisine';
const storedDraft = () => localStorage.getItem(DRAFT_KEY);

describe('the draft kept in the browser', () => {
  it('is saved as the agent types, restored after a reload with a notice, and cleared after the submit', async () => {
    const first = renderApp();
    await fillValidSaisine(first.user);
    await waitFor(() => expect(storedDraft()).toContain('Camille Martin'));
    expect(storedDraft()).toContain('41018');
    first.unmount();

    const { user } = renderApp();
    expect(screen.getByText('Brouillon restauré')).toBeInTheDocument();
    expect(screen.getByText(/Les pièces jointes ne sont pas conservées dans le brouillon : ajoutez-les de nouveau/)).toBeInTheDocument();
    expect(byLabel('Prénom et nom de l’agent')).toHaveValue('Camille Martin');
    expect(byLabel('Commune des faits')).toHaveValue('Blois (41000)');
    expect(await screen.findByText('Tribunal judiciaire de Blois')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Envoyer la saisine' }));
    await screen.findByTestId('reference');
    expect(received.saisines[0].body).toMatchObject({
      sender: { agentName: 'Camille Martin' },
      facts: { communeInsee: '41018' },
      juridictionId: 'tj-blois',
    });
    expect(received.saisines[0].body).not.toHaveProperty('commune');
    expect(storedDraft()).toBeNull();
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
