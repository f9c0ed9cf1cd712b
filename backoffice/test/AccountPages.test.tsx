import { http, HttpResponse } from 'msw';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ResetPasswordPage from '../src/account/ResetPasswordPage';
import SecondFactorPage from '../src/account/SecondFactorPage';
import ForgotPasswordPage from '../src/account/ForgotPasswordPage';
import { createAuthProvider } from '../src/providers/authProvider';
import { createSessionStore } from '../src/providers/session';
import { renderScreen } from './support/renderAdmin';
import { server, startServer } from './support/server';

startServer();

const TOKEN = 'A'.repeat(43);
const notSignedIn = () => http.get('*/api/auth/me', () => HttpResponse.json({ message: 'Vous devez vous connecter.' }, { status: 401 }));

describe('sign-in with a second factor', () => {
  it('after a right password, login sends to the second-factor page without opening the session', async () => {
    server.use(http.post('*/api/auth/login', () => HttpResponse.json({ mfa: 'required', message: 'Connexion inachevée', csrfToken: 'half' })));
    const session = createSessionStore();
    const authProvider = createAuthProvider(session);
    await expect(authProvider.login({ username: 'admin@justice.test', password: 'demo-info-parquet' })).resolves.toEqual({
      redirectTo: '/double-authentification',
    });
    expect(session.get()).toBeNull();
    server.use(http.post('*/api/auth/login', () => HttpResponse.json({ mfa: 'enrolment_required', csrfToken: 'half' })));
    await expect(authProvider.login({ username: 'admin@justice.test', password: 'demo-info-parquet' })).resolves.toEqual({
      redirectTo: '/activer-double-authentification',
    });
  });

  it('the second-factor page sends the code with the half session’s CSRF token and shows the API’s refusal', async () => {
    const sent: Array<{ body: unknown; csrf: string | null }> = [];
    server.use(
      http.get('*/api/auth/me', () => HttpResponse.json({ message: 'Connexion inachevée', mfa: 'required', csrfToken: 'half-token' }, { status: 401 })),
      http.post('*/api/auth/totp/verify', async ({ request }) => {
        sent.push({ body: await request.json(), csrf: request.headers.get('X-CSRF-Token') });
        return HttpResponse.json({ message: 'Code incorrect', errors: { code: 'Code incorrect ou déjà utilisé.' } }, { status: 401 });
      }),
    );
    renderScreen(<SecondFactorPage />, { path: '/double-authentification' });
    const user = userEvent.setup();
    await user.type(await screen.findByLabelText(/Code à 6 chiffres/), '123456');
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    expect(await screen.findByText('Code incorrect ou déjà utilisé.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Utiliser un code de secours' }));
    await user.type(screen.getByLabelText(/Code de secours/), 'ABCD-EFGH-JKMN-PQRS');
    await user.click(screen.getByRole('button', { name: 'Valider' }));
    await waitFor(() => expect(sent).toHaveLength(2));
    expect(sent).toEqual([
      { body: { code: '123456' }, csrf: 'half-token' },
      { body: { recoveryCode: 'ABCD-EFGH-JKMN-PQRS' }, csrf: 'half-token' },
    ]);
  });
});

describe('password links', () => {
  it('« Mot de passe oublié » shows the same answer whatever the address', async () => {
    server.use(http.post('*/api/auth/password-reset', () => HttpResponse.json({ message: 'Si un compte actif correspond à cette adresse, un courriel…' }, { status: 202 })));
    renderScreen(<ForgotPasswordPage />, { path: '/mot-de-passe-oublie' });
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Recevoir un lien' }));
    expect(screen.getByText('Saisissez l’adresse électronique de votre compte.')).toBeInTheDocument();
    await user.type(screen.getByLabelText(/Adresse électronique/), 'greffier.blois@justice.test');
    await user.click(screen.getByRole('button', { name: 'Recevoir un lien' }));
    expect(await screen.findByRole('status')).toHaveTextContent(/Si un compte actif correspond à cette adresse/);
  });

  it('the reset page checks the two passwords, shows the policy’s refusal, then sends to the login', async () => {
    const bodies: unknown[] = [];
    let answer: 'refuse' | 'accept' = 'refuse';
    server.use(
      notSignedIn(),
      http.post('*/api/auth/password-reset/confirm', async ({ request }) => {
        bodies.push(await request.json());
        return answer === 'refuse'
          ? HttpResponse.json({ message: 'Refusé', errors: { password: 'Le mot de passe ne doit pas contenir votre identifiant.' } }, { status: 400 })
          : HttpResponse.json({ message: 'Votre mot de passe a été modifié. Vous pouvez maintenant vous connecter.' });
      }),
    );
    renderScreen(<ResetPasswordPage />, { path: `/reinitialiser-mot-de-passe?token=${TOKEN}` });
    const user = userEvent.setup();
    expect(screen.getByText(/Au moins 12 caractères/)).toBeInTheDocument();
    await user.type(screen.getByLabelText(/^Nouveau mot de passe/), 'une phrase de passe solide');
    await user.type(screen.getByLabelText(/^Confirmez/), 'une phrase de passe autre');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect(screen.getByText('Les deux mots de passe ne sont pas identiques.')).toBeInTheDocument();
    expect(bodies).toEqual([]);

    await user.clear(screen.getByLabelText(/^Confirmez/));
    await user.type(screen.getByLabelText(/^Confirmez/), 'une phrase de passe solide');
    await user.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect(await screen.findByText('Le mot de passe ne doit pas contenir votre identifiant.')).toBeInTheDocument();
    answer = 'accept';
    await user.click(screen.getByRole('button', { name: 'Enregistrer le mot de passe' }));
    expect(await screen.findByRole('status')).toHaveTextContent('Votre mot de passe a été modifié.');
    expect(screen.getByRole('link', { name: 'Se connecter' })).toHaveAttribute('href', '/login');
    expect(bodies).toEqual([
      { token: TOKEN, password: 'une phrase de passe solide' },
      { token: TOKEN, password: 'une phrase de passe solide' },
    ]);
  });

  it('a link without its token says so', () => {
    renderScreen(<ResetPasswordPage activation />, { path: '/activer-mon-compte' });
    expect(screen.getByRole('heading', { name: 'Activer votre compte' })).toBeInTheDocument();
    expect(screen.getByText(/Ce lien est incomplet/)).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enregistrer le mot de passe' })).toBeDisabled();
  });
});
