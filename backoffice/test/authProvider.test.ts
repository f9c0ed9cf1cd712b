import { http, HttpResponse } from 'msw';
import { createAuthProvider } from '../src/providers/authProvider';
import { createDataProvider } from '../src/providers/dataProvider';
import { createSessionStore } from '../src/providers/session';
import { BLOIS, PARIS, sessionFor } from './support/fixtures';
import { meHandler, server, startServer } from './support/server';

startServer();

function setup() {
  const session = createSessionStore();
  return { session, authProvider: createAuthProvider(session), dataProvider: createDataProvider(session) };
}

describe('authProvider', () => {
  it('signs in with the e-mail and keeps the rules and the CSRF token in memory', async () => {
    const greffier = sessionFor('greffier');
    let body: unknown;
    server.use(
      http.post('*/api/auth/login', async ({ request }) => {
        body = await request.json();
        return HttpResponse.json(greffier);
      }),
    );
    const { session, authProvider } = setup();

    await authProvider.login({ username: 'greffier.blois@justice.test', password: 'demo-info-parquet' });

    expect(body).toEqual({ email: 'greffier.blois@justice.test', password: 'demo-info-parquet' });
    expect(session.csrfToken()).toBe('csrf-greffier');
    expect(await authProvider.getPermissions!({})).toEqual(greffier.rules);
    expect(await authProvider.getIdentity!()).toMatchObject({
      id: 'user-greffier',
      fullName: 'Camille Martin (Tribunal judiciaire de Blois)',
      juridictionId: BLOIS,
    });
  });

  it("throws the API's French message when the credentials are wrong", async () => {
    server.use(
      http.post('*/api/auth/login', () =>
        HttpResponse.json({ message: 'Adresse électronique ou mot de passe incorrect.' }, { status: 401 }),
      ),
    );
    const { session, authProvider } = setup();

    await expect(authProvider.login({ username: 'x@justice.test', password: 'faux' })).rejects.toThrow(
      'Adresse électronique ou mot de passe incorrect.',
    );
    expect(session.get()).toBeNull();
  });

  it('asks GET /auth/me once when nothing is in memory, and rejects when signed out', async () => {
    let calls = 0;
    server.use(
      http.get('*/api/auth/me', () => {
        calls += 1;
        return HttpResponse.json(sessionFor('magistrat'));
      }),
    );
    const { authProvider } = setup();

    await Promise.all([authProvider.checkAuth({}), authProvider.checkAuth({}), authProvider.getIdentity!()]);
    await authProvider.checkAuth({});
    expect(calls).toBe(1);

    let refused = 0;
    server.use(
      http.get('*/api/auth/me', () => {
        refused += 1;
        return HttpResponse.json({ message: 'Non connecté.' }, { status: 401 });
      }),
      http.post('*/api/auth/login', () => HttpResponse.json(sessionFor('greffier'))),
    );
    const fresh = setup().authProvider;
    await expect(fresh.checkAuth({})).rejects.toEqual({ message: false });
    // The login page's own checks do not ask again; signing in opens the session.
    await expect(fresh.checkAuth({})).rejects.toEqual({ message: false });
    await expect(fresh.canAccess!({ action: 'list', resource: 'saisines' })).resolves.toBe(false);
    expect(refused).toBe(1);
    await fresh.login({ username: 'greffier.blois@justice.test', password: 'demo-info-parquet' });
    await expect(fresh.checkAuth({})).resolves.toBeUndefined();
  });

  it('checkError signs out on 401 and stays on 403', async () => {
    server.use(meHandler(sessionFor('greffier')));
    const { session, authProvider } = setup();
    await authProvider.checkAuth({});

    await expect(authProvider.checkError({ status: 403 })).resolves.toBeUndefined();
    expect(session.get()).not.toBeNull();
    await expect(authProvider.checkError({ status: 401 })).rejects.toEqual({ status: 401 });
    expect(session.get()).toBeNull();
  });

  it('logs out with the CSRF token, and the data provider sends it on writes only', async () => {
    const headers: Record<string, string | null> = {};
    server.use(
      meHandler(sessionFor('greffier')),
      http.get('*/api/saisines/:id', ({ request, params }) => {
        headers.get = request.headers.get('X-CSRF-Token');
        return HttpResponse.json({ id: params.id });
      }),
      http.put('*/api/saisines/:id', ({ request, params }) => {
        headers.put = request.headers.get('X-CSRF-Token');
        return HttpResponse.json({ id: params.id });
      }),
      http.post('*/api/auth/logout', ({ request }) => {
        headers.logout = request.headers.get('X-CSRF-Token');
        return new HttpResponse(null, { status: 204 });
      }),
    );
    const { session, authProvider, dataProvider } = setup();
    await authProvider.checkAuth({});

    await dataProvider.getOne('saisines', { id: 's1' });
    await dataProvider.update('saisines', { id: 's1', data: {}, previousData: { id: 's1' } });
    await authProvider.logout({});

    expect(headers).toEqual({ get: null, put: 'csrf-greffier', logout: 'csrf-greffier' });
    expect(session.get()).toBeNull();
  });

  describe('canAccess with the CASL rules of a clerk', () => {
    async function greffier() {
      server.use(meHandler(sessionFor('greffier')));
      return setup().authProvider;
    }

    it('may read the referrals of their court', async () => {
      const authProvider = await greffier();
      await expect(authProvider.canAccess!({ action: 'list', resource: 'saisines' })).resolves.toBe(true);
      await expect(
        authProvider.canAccess!({ action: 'show', resource: 'saisines', record: { id: 's1', juridictionId: BLOIS } }),
      ).resolves.toBe(true);
    });

    it('may not read those of another court, nor manage users', async () => {
      const authProvider = await greffier();
      await expect(
        authProvider.canAccess!({ action: 'show', resource: 'saisines', record: { id: 's2', juridictionId: PARIS } }),
      ).resolves.toBe(false);
      await expect(authProvider.canAccess!({ action: 'create', resource: 'users' })).resolves.toBe(false);
      await expect(authProvider.canAccess!({ action: 'edit', resource: 'users' })).resolves.toBe(false);
      await expect(authProvider.canAccess!({ action: 'delete', resource: 'users' })).resolves.toBe(false);
      await expect(authProvider.canAccess!({ action: 'list', resource: 'unknown' })).resolves.toBe(false);
    });

    it('gives the national administrator no referral, and the analyst nothing to list', async () => {
      server.use(meHandler(sessionFor('admin_national', null)));
      const admin = setup().authProvider;
      await expect(admin.canAccess!({ action: 'list', resource: 'saisines' })).resolves.toBe(false);
      await expect(admin.canAccess!({ action: 'create', resource: 'users' })).resolves.toBe(true);

      server.use(meHandler(sessionFor('analyste', null)));
      const analyst = setup().authProvider;
      for (const resource of ['saisines', 'users']) {
        await expect(analyst.canAccess!({ action: 'list', resource })).resolves.toBe(false);
      }
    });
  });
});
