import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { received, server, setupFakeApi } from './support/api-server';
import { PNF } from './support/fixtures';
import { byLabel, enter, errorOf, fillFacts, fillValidSaisine, send, toSummary } from './support/fill-form';
import { renderApp } from './support/render-app';

setupFakeApi();

// The option's label holds its competence as a hint.
const PNF_LABEL = new RegExp(`^${PNF.nom}`);

describe('a specialised parquet instead of the local one', () => {
  it('offers the specialised parquets served by the API, requires one and a reason, and sends them', async () => {
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'faits' });
    await fillFacts(user);
    await user.click(screen.getByLabelText(/^Saisir un parquet spécialisé/));

    const group = (await screen.findByLabelText(PNF_LABEL)).closest('fieldset') as HTMLElement;
    // The specialised parquets only, each with what it deals with.
    expect(within(group).getAllByRole('radio').map((radio) => radio.getAttribute('value'))).toEqual(['pnf', 'pnat']);
    expect(within(group).getByText(/fraude fiscale et blanchiment d’une grande complexité/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    await waitFor(() => expect(within(group).getByLabelText(PNF_LABEL)).toHaveFocus());
    expect(errorOf(within(group).getByLabelText(PNF_LABEL))).toBe('Choisissez le parquet spécialisé.');
    expect(errorOf(byLabel('Motif de la saisine du parquet spécialisé'))).toBe('Le motif est obligatoire pour un parquet spécialisé.');

    await user.click(within(group).getByLabelText(PNF_LABEL));
    await enter(user, 'Motif de la saisine du parquet spécialisé', 'Fraude fiscale complexe avec comptes à l’étranger.');
    const summary = await toSummary(user);
    expect(summary).toBeInTheDocument();
    const facts = within(screen.getByRole('region', { name: 'Les faits et leur lieu' }));
    expect(facts.getByText('Parquet spécialisé saisi')).toBeInTheDocument();
    expect(facts.getByText(PNF.nom)).toBeInTheDocument();
    expect(facts.getByText('Fraude fiscale complexe avec comptes à l’étranger.')).toBeInTheDocument();

    await send(user);
    await screen.findByTestId('reference');
    expect(received.saisines[0].body).toMatchObject({
      facts: { communeInsee: '41018' },
      juridictionId: 'pnf',
      routingReason: 'Fraude fiscale complexe avec comptes à l’étranger.',
    });
  });

  it('sends the local parquet, and no reason, once the choice is unticked', async () => {
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'faits' });
    await fillFacts(user);
    await user.click(screen.getByLabelText(/^Saisir un parquet spécialisé/));
    await user.click(await screen.findByLabelText(PNF_LABEL));
    await enter(user, 'Motif de la saisine du parquet spécialisé', 'Motif');
    await user.click(screen.getByLabelText(/^Saisir un parquet spécialisé/));
    expect(screen.queryByLabelText(PNF_LABEL)).not.toBeInTheDocument();

    await toSummary(user);
    await send(user);
    await screen.findByTestId('reference');
    expect(received.saisines[0].body).toMatchObject({ juridictionId: 'tj-blois', routingReason: '' });
  });

  it('says when the list cannot be loaded, and asks again when the choice is ticked again', async () => {
    server.use(http.get('*/api/public/juridictions', () => HttpResponse.json({ message: 'Erreur' }, { status: 503 }), { once: true }));
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'faits' });
    const box = screen.getByLabelText(/^Saisir un parquet spécialisé/);
    await user.click(box);
    expect(await screen.findByText(/La liste des parquets spécialisés n’a pas pu être chargée/)).toBeInTheDocument();
    await user.click(box);
    await user.click(box);
    expect(await screen.findByLabelText(PNF_LABEL)).toBeInTheDocument();
  });
});
