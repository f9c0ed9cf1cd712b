import { screen, waitFor, within } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { received, server, setupFakeApi } from './support/api-server';
import { errorOf, fillValidSaisine, next, send, toSummary } from './support/fill-form';
import { renderApp } from './support/render-app';

setupFakeApi();

const person = (n: number) => within(screen.getByRole('region', { name: new RegExp(`^Personne ${n}`) }));
const field = (n: number, label: string) => person(n).getByLabelText(new RegExp(`^${label}`));

describe('the persons of the referral', () => {
  it('takes any number of persons, each with a role and a type, and sends them in order', async () => {
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'personnes' });
    expect(screen.getByText('Aucune personne indiquée.')).toBeInTheDocument();

    const add = screen.getByRole('button', { name: 'Ajouter une personne' });
    await user.click(add);
    await waitFor(() => expect(screen.getByRole('heading', { name: 'Personne 1' })).toHaveFocus());
    await user.click(person(1).getByLabelText('Personne mise en cause'));
    expect(screen.getByRole('heading', { name: 'Personne 1 : Personne mise en cause' })).toBeInTheDocument();
    await user.click(field(1, 'Nom'));
    await user.paste('Durand');
    await user.click(field(1, 'Prénom'));
    await user.paste('Paul');
    await user.type(field(1, 'Date de naissance'), '1970-05-02');

    await user.click(add);
    await user.click(person(2).getByLabelText('Victime'));
    await user.click(person(2).getByLabelText('Personne morale'));
    await user.click(field(2, 'Dénomination'));
    await user.paste('SARL Exemple');
    await user.click(field(2, 'Numéro SIRET'));
    await user.paste('732 829 320 00074');

    await user.click(add);
    await user.click(person(3).getByLabelText('Témoin'));
    await user.click(field(3, 'Nom'));
    await user.paste('Petit');

    await next(user, 'qualification');
    await next(user, 'pieces');
    await next(user, 'recapitulatif');
    const block = within(screen.getByRole('region', { name: 'Personnes concernées' }));
    expect(block.getByText(/Durand Paul, né\(e\) le 02\/05\/1970/)).toBeInTheDocument();
    expect(block.getByText(/SARL Exemple, SIRET 732 829 320 00074/)).toBeInTheDocument();
    expect(block.getByText('Personne 3 : Témoin')).toBeInTheDocument();

    await send(user);
    await screen.findByTestId('reference');
    expect(received.saisines[0].body).toMatchObject({
      persons: [
        { role: 'mis_en_cause', type: 'physique', lastName: 'Durand', firstName: 'Paul', birthDate: '1970-05-02', address: '' },
        { role: 'victime', type: 'morale', name: 'SARL Exemple', siret: '73282932000074', address: '' },
        { role: 'temoin', type: 'physique', lastName: 'Petit', firstName: '', birthDate: null, address: '' },
      ],
    });
  });

  it('checks each person with the shared schema: role, name, SIRET key, sane birth date', async () => {
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'personnes' });
    await user.click(screen.getByRole('button', { name: 'Ajouter une personne' }));
    await user.click(screen.getByRole('button', { name: 'Suivant' }));

    await waitFor(() => expect(person(1).getByLabelText('Personne mise en cause')).toHaveFocus());
    expect(errorOf(person(1).getByLabelText('Personne mise en cause'))).toBe('Ce champ est obligatoire.');
    expect(errorOf(field(1, 'Nom'))).toBe('Indiquez le nom de la personne.');
    await user.type(field(1, 'Date de naissance'), '1850-01-01');
    await user.tab();
    expect(errorOf(field(1, 'Date de naissance'))).toBe('Date de naissance invraisemblable.');

    await user.click(person(1).getByLabelText('Personne morale'));
    await user.click(field(1, 'Numéro SIRET'));
    // 14 digits, but the Luhn key is wrong (…75 instead of …74).
    await user.paste('73282932000075');
    await user.tab();
    expect(errorOf(field(1, 'Numéro SIRET'))).toBe('SIRET invalide (14 chiffres avec une clé valide).');
    await user.click(person(1).getByLabelText('Personne mise en cause'));
    await user.click(screen.getByRole('button', { name: 'Suivant' }));
    await waitFor(() => expect(field(1, 'Dénomination')).toHaveFocus());
    expect(errorOf(field(1, 'Dénomination'))).toBe('Indiquez la dénomination de la personne morale.');
    expect(screen.getByRole('heading', { level: 2, name: /^Personnes concernées/ })).toBeInTheDocument();
  });

  it('removes a person, the next ones moving up, and puts the focus on "Ajouter une personne"', async () => {
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'personnes' });
    const add = screen.getByRole('button', { name: 'Ajouter une personne' });
    await user.click(add);
    await user.click(field(1, 'Nom'));
    await user.paste('Durand');
    await user.click(add);
    await user.click(field(2, 'Nom'));
    await user.paste('Petit');

    await user.click(screen.getByRole('button', { name: 'Retirer la personne 1' }));
    await waitFor(() => expect(add).toHaveFocus());
    expect(screen.queryByRole('region', { name: /^Personne 2/ })).not.toBeInTheDocument();
    expect(field(1, 'Nom')).toHaveValue('Petit');

    await user.click(screen.getByRole('button', { name: 'Retirer la personne 1' }));
    expect(screen.getByText('Aucune personne indiquée.')).toBeInTheDocument();
    await next(user, 'qualification');
  });

  it('shows an API message about a person on that person’s field, in the persons step', async () => {
    server.use(
      http.post(
        '*/api/public/saisines',
        () =>
          HttpResponse.json(
            { message: 'La saisine contient des erreurs.', errors: { 'persons[0].lastName': 'Nom refusé par le service.' } },
            { status: 400 },
          ),
        { once: true },
      ),
    );
    const { user } = renderApp();
    await fillValidSaisine(user, { until: 'personnes' });
    await user.click(screen.getByRole('button', { name: 'Ajouter une personne' }));
    await user.click(person(1).getByLabelText('Victime'));
    await user.click(field(1, 'Nom'));
    await user.paste('Durand');
    await toSummary(user);
    await send(user);

    const alert = await screen.findByRole('alert');
    expect(screen.getByRole('heading', { level: 2, name: /^Personnes concernées/ })).toBeInTheDocument();
    expect(errorOf(field(1, 'Nom'))).toBe('Nom refusé par le service.');
    // Shown on its field, so not repeated in the alert.
    expect(within(alert).queryByText('Nom refusé par le service.')).not.toBeInTheDocument();

    await user.click(field(1, 'Nom'));
    await user.paste(' Martin');
    await user.click(screen.getByRole('button', { name: 'Revenir au récapitulatif' }));
    await send(user);
    await screen.findByTestId('reference');
    expect(received.saisines.at(-1)?.body).toMatchObject({ persons: [{ role: 'victime', lastName: 'Durand Martin' }] });
  });
});
