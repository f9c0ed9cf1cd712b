import { http, HttpResponse } from 'msw';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import ResetPasswordPage from '../src/account/ResetPasswordPage';
import SecondFactorPage from '../src/account/SecondFactorPage';
import EnrolmentPage from '../src/account/EnrolmentPage';
import { SecondFactorCard } from '../src/account/SecondFactorCard';
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

describe('abandoning a sign-in stopped at the second factor', () => {
  it.each([
    ['the code page', 'required', <SecondFactorPage key="code" />, '/double-authentification'],
    ['the enrolment page', 'enrolment_required', <EnrolmentPage key="enrolment" />, '/activer-double-authentification'],
  ])('« Annuler et revenir à la connexion » on %s ends the half session, then shows the login', async (_name, mfa, page, path) => {
    const logouts: Array<string | null> = [];
    let half = true;
    server.use(
      http.get('*/api/auth/me', () =>
        half
          ? HttpResponse.json({ message: 'Connexion inachevée', mfa, csrfToken: 'half-token' }, { status: 401 })
          : HttpResponse.json({ message: 'Vous devez vous connecter.' }, { status: 401 }),
      ),
      http.post('*/api/auth/totp/setup', () => HttpResponse.json({ otpauthUri: 'otpauth://totp/x', qrSvg: '<svg/>', secret: 'JBSWY3DPEHPK3PXP' })),
      http.post('*/api/auth/logout', ({ request }) => {
        logouts.push(request.headers.get('X-CSRF-Token'));
        half = false;
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const locations: string[] = [];
    renderScreen(page, { path, locationCallback: (location) => locations.push(location.pathname) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Annuler et revenir à la connexion' }));
    await waitFor(() => expect(locations.at(-1)).toBe('/login'));
    expect(logouts).toEqual(['half-token']);
  });

  it('a network failure is told, and the page stays', async () => {
    server.use(
      http.get('*/api/auth/me', () => HttpResponse.json({ message: 'Connexion inachevée', mfa: 'required', csrfToken: 'half-token' }, { status: 401 })),
      http.post('*/api/auth/logout', () => HttpResponse.error()),
    );
    const locations: string[] = [];
    renderScreen(<SecondFactorPage />, { path: '/double-authentification', locationCallback: (location) => locations.push(location.pathname) });
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Annuler et revenir à la connexion' }));
    expect(await screen.findByText('Le service ne répond pas. Vérifiez votre connexion et réessayez.')).toBeInTheDocument();
    expect(locations).not.toContain('/login');
    expect(screen.getByRole('button', { name: 'Annuler et revenir à la connexion' })).toBeEnabled();
  });
});

describe('« Mon compte » when the second factor can no longer be read', () => {
  it('warns in French and offers a new enrolment, which brings the usual status back', async () => {
    let status = { enabled: true, enabledAt: '2026-09-14T14:05:00.000Z', required: true, recoveryCodesLeft: 7, unreadable: true };
    const posts: Array<{ path: string; csrf: string | null }> = [];
    server.use(
      http.get('*/api/auth/totp', () => HttpResponse.json(status)),
      http.post('*/api/auth/totp/setup', ({ request }) => {
        posts.push({ path: 'setup', csrf: request.headers.get('X-CSRF-Token') });
        return HttpResponse.json({ otpauthUri: 'otpauth://totp/x', qrSvg: '<svg/>', secret: 'JBSWY3DPEHPK3PXP' });
      }),
      http.post('*/api/auth/totp/enable', ({ request }) => {
        posts.push({ path: 'enable', csrf: request.headers.get('X-CSRF-Token') });
        status = { ...status, recoveryCodesLeft: 10, unreadable: false };
        return HttpResponse.json({ recoveryCodes: Array.from({ length: 10 }, (_, i) => `ABCD-EFGH-JKMN-PQR${i}`) });
      }),
    );
    renderScreen(<SecondFactorCard csrfToken="csrf-greffier" />, { path: '/mon-compte' });
    const user = userEvent.setup();
    const warning = await screen.findByRole('alert');
    expect(warning).toHaveTextContent(/ne peut plus être vérifiée/);
    expect(warning).toHaveTextContent(/codes de secours \(7 restants\)/);
    // Both need a code that can no longer be checked.
    expect(screen.queryByRole('button', { name: 'Renouveler les codes de secours' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Désactiver' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Activer à nouveau la double authentification' }));
    await user.type(await screen.findByLabelText(/Code à 6 chiffres/), '123456');
    await user.click(screen.getByRole('button', { name: 'Activer la double authentification' }));
    await user.click(await screen.findByRole('checkbox', { name: 'J’ai conservé mes codes de secours' }));
    await user.click(screen.getByRole('button', { name: 'Terminer' }));
    expect(await screen.findByText(/Codes de secours restants : 10 sur 10/)).toBeInTheDocument();
    expect(screen.queryByText(/ne peut plus être vérifiée/)).not.toBeInTheDocument();
    expect(posts).toEqual([
      { path: 'setup', csrf: 'csrf-greffier' },
      { path: 'enable', csrf: 'csrf-greffier' },
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
