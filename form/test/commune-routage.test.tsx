import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { received, server, setupFakeApi } from './support/api-server';
import { TJ_AIX, TJ_MARSEILLE } from './support/fixtures';
import type { ApiErrorBody } from '../src/api/types';
import { byLabel, chooseCommune, fillFacts, fillValidSaisine, send, toSummary } from './support/fill-form';
import { renderApp } from './support/render-app';

setupFakeApi();

const ARTICLE_43 = /lieu des faits, de la résidence d’une personne soupçonnée ou du lieu de son interpellation/;

/** Replaces the Blois of the filled form by another commune. */
async function replaceCommune(user: ReturnType<typeof renderApp>['user'], typed: string, option: string) {
  await user.clear(byLabel('Commune des faits'));
  await chooseCommune(user, typed, option);
}

describe('the commune of the facts and the competent parquet', () => {
  it('suggests communes as the agent types (debounced), picks one with the keyboard and shows the court it decides', async () => {
    const queries: string[] = [];
    server.events.on('request:start', ({ request }) => {
      const url = new URL(request.url);
      if (url.pathname === '/api/public/communes') queries.push(url.searchParams.get('q') ?? '');
    });
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'faits' });
    const input = byLabel('Commune des faits');
    expect(input).toHaveAttribute('role', 'combobox');

    await user.type(input, 'Blo');
    const listbox = await screen.findByRole('listbox', { name: 'Communes proposées' });
    expect(input).toHaveAttribute('aria-expanded', 'true');
    expect(within(listbox).getAllByRole('option').map((option) => option.textContent)).toEqual(['Blois (41000)']);
    expect(queries).toEqual(['Blo']);

    await user.keyboard('{ArrowDown}');
    expect(input).toHaveAttribute('aria-activedescendant', screen.getByRole('option', { name: 'Blois (41000)' }).id);
    await user.keyboard('{Enter}');

    expect(input).toHaveValue('Blois (41000)');
    expect(input).toHaveAttribute('aria-expanded', 'false');
    expect(await screen.findByText('Tribunal judiciaire de Blois')).toBeInTheDocument();
    expect(screen.getByText(/Parquet compétent/)).toBeInTheDocument();
    expect(screen.queryByRole('radio', { name: TJ_MARSEILLE.nom })).not.toBeInTheDocument();
  });

  it('finds a commune by postal code and closes the list with Escape', async () => {
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'faits' });
    await user.type(byLabel('Commune des faits'), '4135');
    expect(await screen.findByRole('option', { name: 'Vineuil (41350)' })).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('option', { name: 'Vineuil (41350)' })).not.toBeInTheDocument();
    expect(byLabel('Commune des faits')).toHaveAttribute('aria-expanded', 'false');
  });

  it('says when no commune matches', async () => {
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'faits' });
    await user.type(byLabel('Commune des faits'), 'Zzz');
    expect(await screen.findByText('Aucune commune ne correspond à « Zzz ».')).toBeInTheDocument();
  });

  it('lets the agent choose among the candidate courts when the commune does not decide, and sends the chosen one', async () => {
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'faits' });
    await fillFacts(user);
    await replaceCommune(user, 'Mars', 'Marseille (13001…)');

    const group = (await screen.findByLabelText(TJ_AIX.nom)).closest('fieldset') as HTMLElement;
    expect(within(group).getByText('Parquet compétent')).toBeInTheDocument();
    expect(within(group).getByText(ARTICLE_43)).toBeInTheDocument();
    expect(within(group).getByLabelText(TJ_AIX.nom)).not.toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    expect(await within(group).findByText('Choisissez le parquet compétent.')).toBeInTheDocument();
    await waitFor(() => expect(within(group).getByLabelText(TJ_AIX.nom)).toHaveFocus());

    await user.click(within(group).getByLabelText(TJ_MARSEILLE.nom));
    await toSummary(user);
    expect(screen.getByText(TJ_MARSEILLE.nom)).toBeInTheDocument();
    await send(user);
    await screen.findByTestId('reference');
    expect(received.saisines[0].body).toMatchObject({ facts: { communeInsee: '13055' }, juridictionId: 'tj-marseille' });
  });

  it('shows the candidates of a 400 "court needed" answer and sends the chosen court', async () => {
    server.use(
      http.get('*/api/public/communes/:codeInsee/routage', () => HttpResponse.json({ message: 'Erreur' }, { status: 503 })),
      http.post(
        '*/api/public/saisines',
        () =>
          HttpResponse.json(
            {
              message: 'Plusieurs parquets sont compétents pour cette commune : choisissez-en un.',
              errors: { juridictionId: 'Choisissez le parquet compétent.' },
              candidates: [TJ_AIX, TJ_MARSEILLE],
            } satisfies ApiErrorBody,
            { status: 400 },
          ),
        { once: true },
      ),
    );
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'faits' });
    await fillFacts(user, { court: null });
    expect(await screen.findByText(/Le parquet compétent n’a pas pu être déterminé/)).toBeInTheDocument();
    await toSummary(user);

    expect(screen.getByText('Déterminé à l’envoi')).toBeInTheDocument();
    await send(user);
    expect(await screen.findByText(/Plusieurs parquets sont compétents/)).toBeInTheDocument();
    const aix = await screen.findByLabelText(TJ_AIX.nom);
    const group = aix.closest('fieldset') as HTMLElement;
    expect(within(group).getByText('Choisissez le parquet compétent.')).toBeInTheDocument();
    expect(within(group).getByText(ARTICLE_43)).toBeInTheDocument();

    await user.click(aix);
    await toSummary(user);
    await send(user);
    await screen.findByTestId('reference');
    expect(received.saisines.at(-1)?.body).toMatchObject({ juridictionId: 'tj-aix-en-provence' });
  });

  it('forgets the commune and its court when the agent edits the commune again', async () => {
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'faits' });
    await chooseCommune(user, 'Blo', 'Blois (41000)');
    expect(await screen.findByText('Tribunal judiciaire de Blois')).toBeInTheDocument();
    await user.type(byLabel('Commune des faits'), '{Backspace}');
    await waitFor(() => expect(screen.queryByText('Tribunal judiciaire de Blois')).not.toBeInTheDocument());
    await user.tab();
    expect(await screen.findByText('Choisissez la commune des faits.')).toBeInTheDocument();
  });
});
