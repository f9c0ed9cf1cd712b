import { fireEvent, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { todayInParis } from '@info-parquet/common';
import SaisieGreffeCreate from '../src/saisines/SaisieGreffeCreate';
import { sessionFor } from './support/fixtures';
import { meHandler, server, startServer } from './support/server';
import { renderScreen } from './support/renderAdmin';

startServer();

function postHandler() {
  const bodies: Array<Record<string, unknown>> = [];
  const handler = http.post('*/api/saisines', async ({ request }) => {
    bodies.push((await request.json()) as Record<string, unknown>);
    return HttpResponse.json({ id: 'a5f0c6de-0000-4000-8000-000000000099', reference: 'IP-2026-000999' }, { status: 201 });
  });
  return { handler, bodies };
}

// A required field's label ends with a mark (« * », hidden from assistive technologies).
const labelled = (label: string) => new RegExp(`^${label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(\\s*\\*)?$`);
const setDate = (label: string, value: string) => fireEvent.change(screen.getByLabelText(labelled(label)), { target: { value } });

describe('SaisieGreffeCreate', () => {
  it('checks the entry with the shared schema (messages of the public form), then posts it with its channel and date', async () => {
    const post = postHandler();
    const communeQueries: string[] = [];
    server.use(
      meHandler(sessionFor('greffier')),
      post.handler,
      http.get('*/api/saisines/:id', () => HttpResponse.json({})),
      http.get('*/api/public/communes', ({ request }) => {
        const q = new URL(request.url).searchParams.get('q') ?? '';
        communeQueries.push(q);
        // The API matches names without accents and postal codes; the screen shows what it answers.
        return HttpResponse.json(
          q.startsWith('vend')
            ? [
                { codeInsee: '41269', nom: 'Vendôme', departementCode: '41', codesPostaux: ['41100'] },
                { codeInsee: '85300', nom: 'Vendrennes', departementCode: '85', codesPostaux: ['85250'] },
              ]
            : [],
        );
      }),
    );
    const user = userEvent.setup();
    renderScreen(<SaisieGreffeCreate />, { path: '/saisines/create' });

    const administration = await screen.findByLabelText(labelled('Administration'));
    // The shared schema's required fields carry the mark, explained above the form; optional ones do not.
    expect(screen.getByText('Les champs marqués d’un astérisque (*) sont obligatoires.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Administration\s*\*$/)).toBe(administration);
    expect(screen.getByLabelText(/^Exposé des faits\s*\*$/)).toBeInTheDocument();
    expect(screen.getByLabelText('Service')).toBeInTheDocument();
    expect(screen.getByLabelText(/^Documents numérisés/, { selector: 'input[type="file"]' })).toBeInTheDocument();
    await user.type(administration, 'Mairie de Vendôme');
    setDate('Date de réception (portée sur le courrier ou le courriel)', '2999-01-01');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('La date de réception ne peut pas être dans le futur.')).toBeInTheDocument();
    expect(screen.getAllByText('Ce champ est obligatoire.').length).toBeGreaterThan(3);
    expect(post.bodies).toEqual([]);

    setDate('Date de réception (portée sur le courrier ou le courriel)', todayInParis());
    await user.click(screen.getByRole('radio', { name: 'Courriel' }));
    await user.click(screen.getByRole('combobox', { name: 'Type d’administration' }));
    await user.click(await screen.findByRole('option', { name: /Collectivité territoriale/ }));
    await user.type(screen.getByLabelText(labelled('Nom de l’agent')), 'Paul Moreau');
    await user.type(screen.getByLabelText(labelled('Fonction de l’agent')), 'Directeur général des services');
    await user.click(screen.getByRole('combobox', { name: 'Type de saisine' }));
    await user.click(await screen.findByRole('option', { name: /Signalement/ }));
    fireEvent.change(screen.getByLabelText(labelled('Exposé des faits')), { target: { value: 'Détournement de fonds constaté lors de la clôture des comptes.' } });
    setDate('Date des faits (ou de début)', '2026-02-10');
    // The commune as on the public form: typed by name (no accent needed), picked by its postal code; the INSEE code is sent.
    const commune = screen.getByRole('combobox', { name: 'Commune des faits' });
    await user.type(commune, 'vendome');
    // The whole typed name is what is searched (on a loaded machine an earlier prefix's answer may show first).
    await waitFor(() => expect(communeQueries.at(-1)).toBe('vendome'));
    await user.click(await screen.findByRole('option', { name: 'Vendôme (41100)' }));
    expect(commune).toHaveValue('Vendôme (41100)');
    await user.type(screen.getByLabelText(labelled('Comment l’agent a eu connaissance des faits')), 'Contrôle des comptes');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));

    await waitFor(() => expect(post.bodies).toHaveLength(1));
    expect(post.bodies[0]).toMatchObject({
      channel: 'courriel',
      receivedDate: todayInParis(),
      kind: 'signalement_article_40',
      urgent: false,
      sender: { administration: 'Mairie de Vendôme', administrationKind: 'collectivite', agentName: 'Paul Moreau', email: '' },
      facts: { startDate: '2026-02-10', communeInsee: '41269' },
      persons: [],
      attachmentIds: [],
    });
    expect(post.bodies[0]).not.toHaveProperty('pieces');
  }, 30_000);
});
