import { render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { createMemoryRouter, Route, RouterProvider, Routes } from 'react-router-dom';
import type { Role } from '@info-parquet/common';
import { AdminApp } from '../src/AdminApp';
import { createAuthProvider } from '../src/providers/authProvider';
import { createDataProvider } from '../src/providers/dataProvider';
import { createSessionStore } from '../src/providers/session';
import JuridictionList from '../src/juridictions/JuridictionList';
import JuridictionEdit from '../src/juridictions/JuridictionEdit';
import AdministrationCreate from '../src/administrations/AdministrationCreate';
import AdministrationEdit from '../src/administrations/AdministrationEdit';
import OutboxList from '../src/outbox/OutboxList';
import OutboxShow from '../src/outbox/OutboxShow';
import SecurityEventList from '../src/security/SecurityEventList';
import { sessionFor } from './support/fixtures';
import { renderScreen } from './support/renderAdmin';
import { meHandler, server, startServer } from './support/server';

startServer();
// The screens ask who is signed in (canAccess); each test may sign in someone else.
beforeEach(() => server.use(meHandler(sessionFor('admin_national', null))));

const ADMIN_MENUS = ['Utilisateurs', 'Juridictions', 'Administrations', 'Courriels envoyés', 'Journal de sécurité'];

function renderApp() {
  const session = createSessionStore();
  const element = <AdminApp authProvider={createAuthProvider(session)} dataProvider={createDataProvider(session)} />;
  return render(<RouterProvider router={createMemoryRouter([{ path: '*', element }], { initialEntries: ['/'] })} useTransitions={false} />);
}

const list = (resource: string, rows: unknown[]) =>
  HttpResponse.json(rows, { headers: { 'Content-Range': rows.length ? `${resource} 0-${rows.length - 1}/${rows.length}` : `${resource} */0` } });

const BLOIS = {
  id: 'tj-blois',
  type: 'TJ',
  nom: 'Tribunal judiciaire de Blois',
  siege: 'Blois',
  departementCode: '41',
  courAppel: 'Orléans',
  departementsRessort: ['41'],
  adresse: 'Place de la République, 41000 Blois',
  emailBureauOrdre: 'bureau-ordre.blois@justice.test',
  emailPermanence: 'permanence.blois@justice.test',
  telephonePermanence: '02 54 00 00 00',
  urgenceDelaiMinutes: 120,
  competence: '',
  active: true,
};

describe('menus', () => {
  it('the national administrator sees the users, courts, administrations, outbox and security log', async () => {
    server.use(meHandler(sessionFor('admin_national', null)));
    renderApp();
    const menu = await screen.findByRole('menu');
    for (const name of ADMIN_MENUS) expect(await within(menu).findByRole('menuitem', { name })).toBeInTheDocument();
  });

  it.each<[Role, string]>([
    ['greffier', 'Saisines'],
    ['magistrat', 'Saisines'],
  ])('a %s sees none of them', async (role, visible) => {
    server.use(meHandler(sessionFor(role)));
    renderApp();
    const menu = await screen.findByRole('menu');
    expect(await within(menu).findByRole('menuitem', { name: visible })).toBeInTheDocument();
    for (const name of ADMIN_MENUS) expect(within(menu).queryByRole('menuitem', { name })).not.toBeInTheDocument();
  });
});

describe('courts', () => {
  it('shows a loading state, then the courts with their urgency target in hours', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    server.use(
      http.get('*/api/juridictions', async () => {
        await gate;
        return list('juridictions', [BLOIS]);
      }),
    );
    renderScreen(<JuridictionList />, { path: '/juridictions', resource: 'juridictions' });
    expect(await screen.findByRole('progressbar', { name: 'Chargement des juridictions…' })).toBeInTheDocument();
    release();
    const row = (await screen.findByText('Tribunal judiciaire de Blois')).closest('tr')!;
    expect(within(row).getByText('2 h')).toBeInTheDocument();
    expect(within(row).getByText('permanence.blois@justice.test')).toBeInTheDocument();
    expect(screen.queryByRole('progressbar')).not.toBeInTheDocument();
  });

  it('an empty result says so, and the type filter is sent to the API', async () => {
    const filters: unknown[] = [];
    server.use(
      http.get('*/api/juridictions', ({ request }) => {
        filters.push(JSON.parse(new URL(request.url).searchParams.get('filter') ?? '{}'));
        return list('juridictions', []);
      }),
    );
    const user = userEvent.setup();
    renderScreen(<JuridictionList />, { path: '/juridictions', resource: 'juridictions' });
    expect(await screen.findByText('Aucune juridiction ne correspond à ces filtres')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Type' }));
    await user.click(await screen.findByRole('option', { name: 'Parquet spécialisé' }));
    await waitFor(() => expect(filters).toContainEqual({ type: 'SPECIALISE' }));
  });

  it('edits the addresses and the urgency target: checked with the shared rule, only those fields sent', async () => {
    const bodies: unknown[] = [];
    server.use(
      meHandler(sessionFor('admin_national', null)),
      http.get('*/api/juridictions/tj-blois', () => HttpResponse.json(BLOIS)),
      http.get('*/api/reference-changes', ({ request }) => {
        expect(JSON.parse(new URL(request.url).searchParams.get('filter')!)).toEqual({ entity: 'juridiction', entityId: 'tj-blois' });
        return list('reference-changes', [
          {
            id: '1',
            at: '2026-09-14T14:05:00.000Z',
            entity: 'juridiction',
            entityId: 'tj-blois',
            action: 'update',
            userEmail: 'admin@justice.test',
            changes: { urgenceDelaiMinutes: { from: 180, to: 120 } },
          },
        ]);
      }),
      http.put('*/api/juridictions/tj-blois', async ({ request }) => {
        expect(request.headers.get('X-CSRF-Token')).toBe('csrf-admin_national');
        bodies.push(await request.json());
        return HttpResponse.json({ ...BLOIS, ...(bodies.at(-1) as object) });
      }),
    );
    const user = userEvent.setup();
    renderScreen(
      <Routes>
        <Route path="/juridictions/:id" element={<JuridictionEdit />} />
      </Routes>,
      { path: '/juridictions/tj-blois', resource: 'juridictions' },
    );
    const delai = await screen.findByRole('spinbutton', { name: /Délai cible/ });
    expect(screen.getByText(/siège : Blois/)).toBeInTheDocument();
    // Its history: who changed what, and when.
    expect(await screen.findByText('Délai cible (minutes) : 180 → 120')).toBeInTheDocument();
    expect(screen.getByText('admin@justice.test')).toBeInTheDocument();
    await user.clear(delai);
    await user.type(delai, '5');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText('Au moins 15 minutes.')).toBeInTheDocument();
    expect(bodies).toEqual([]);

    await user.clear(delai);
    await user.type(delai, '90');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({
      adresse: BLOIS.adresse,
      emailBureauOrdre: BLOIS.emailBureauOrdre,
      emailPermanence: BLOIS.emailPermanence,
      telephonePermanence: BLOIS.telephonePermanence,
      urgenceDelaiMinutes: 90,
      active: true,
    });
  });
});

describe('administrations', () => {
  it('creates one: a SIRET with a wrong key is refused before sending', async () => {
    const bodies: unknown[] = [];
    server.use(
      meHandler(sessionFor('admin_national', null)),
      http.post('*/api/administrations', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ id: 7, ...(bodies.at(-1) as object) }, { status: 201 });
      }),
      http.get('*/api/administrations', () => list('administrations', [])),
    );
    const user = userEvent.setup();
    renderScreen(<AdministrationCreate />, { path: '/administrations/create', resource: 'administrations' });
    await user.type(await screen.findByRole('textbox', { name: /Nom/ }), 'DDPP de Loir-et-Cher');
    await user.click(screen.getByRole('combobox', { name: /Type d’administration/ }));
    await user.click(await screen.findByRole('option', { name: 'Protection des consommateurs (DGCCRF / DDPP)' }));
    await user.type(screen.getByRole('textbox', { name: /Département/ }), '41');
    await user.type(screen.getByRole('textbox', { name: /SIRET/ }), '73282932000075');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(/SIRET invalide/)).toBeInTheDocument();
    expect(bodies).toEqual([]);

    await user.clear(screen.getByRole('textbox', { name: /SIRET/ }));
    await user.type(screen.getByRole('textbox', { name: /SIRET/ }), '73282932000074');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    await waitFor(() => expect(bodies).toHaveLength(1));
    expect(bodies[0]).toEqual({ nom: 'DDPP de Loir-et-Cher', kind: 'dgccrf', departementCode: '41', email: '', siret: '73282932000074', active: true });
  });
});

const MAIL = {
  id: 'b1e0c6de-0000-4000-8000-000000000001',
  kind: 'accuse_reception',
  saisineId: null,
  to: 'camille.martin@dgfip.finances.gouv.fr',
  subject: 'Accusé de réception de votre saisine IP-2026-000123',
  text: 'Suivez son traitement à tout moment :\n⟦secret:lien_de_suivi⟧',
  html: null,
  status: 'echec',
  attempts: 10,
  nextAttemptAt: '2026-09-14T14:05:00.000Z',
  sentAt: null,
  lastError: '451 Service temporairement indisponible',
  createdAt: '2026-09-14T14:05:00.000Z',
  attachments: [{ filename: 'accuse-reception-IP-2026-000123.pdf', contentType: 'application/pdf', sizeBytes: 20480 }],
};

describe('outbox', () => {
  it('lists mails newest first with their French status; the status filter is sent', async () => {
    const queries: URLSearchParams[] = [];
    server.use(
      http.get('*/api/outbox', ({ request }) => {
        queries.push(new URL(request.url).searchParams);
        return list('outbox', [MAIL]);
      }),
    );
    const user = userEvent.setup();
    renderScreen(<OutboxList />, { path: '/outbox', resource: 'outbox' });
    const row = (await screen.findByText(MAIL.subject)).closest('tr')!;
    expect(within(row).getByText('Échec')).toBeInTheDocument();
    expect(within(row).getByText('Accusé de réception')).toBeInTheDocument();
    expect(within(row).getByText(MAIL.lastError)).toBeInTheDocument();
    expect(JSON.parse(queries[0].get('sort')!)).toEqual(['createdAt', 'DESC']);
    await user.click(screen.getByRole('combobox', { name: 'Statut' }));
    await user.click(await screen.findByRole('option', { name: 'En attente' }));
    await waitFor(() => expect(queries.map((q) => JSON.parse(q.get('filter') ?? '{}'))).toContainEqual({ status: 'en_attente' }));
  });

  it('an empty outbox says so', async () => {
    server.use(http.get('*/api/outbox', () => list('outbox', [])));
    renderScreen(<OutboxList />, { path: '/outbox', resource: 'outbox' });
    expect(await screen.findByText('Aucun courriel ne correspond à ces filtres')).toBeInTheDocument();
  });

  it('shows one mail: its body with the secret’s placeholder and its attachments’ names', async () => {
    server.use(http.get(`*/api/outbox/${MAIL.id}`, () => HttpResponse.json(MAIL)));
    renderScreen(
      <Routes>
        <Route path="/outbox/:id/show" element={<OutboxShow />} />
      </Routes>,
      { path: `/outbox/${MAIL.id}/show`, resource: 'outbox' },
    );
    expect(await screen.findByText(/⟦secret:lien_de_suivi⟧/)).toBeInTheDocument();
    expect(screen.getByText('accuse-reception-IP-2026-000123.pdf (20 Ko)')).toBeInTheDocument();
    expect(screen.getByText(/jamais affichés/)).toBeInTheDocument();
  });
});

describe('security log', () => {
  it('shows events with their French label and a readable summary; filters by type', async () => {
    const filters: unknown[] = [];
    server.use(
      http.get('*/api/security-events', ({ request }) => {
        filters.push(JSON.parse(new URL(request.url).searchParams.get('filter') ?? '{}'));
        return list('security-events', [
          {
            id: '12',
            at: '2026-09-14T14:05:00.000Z',
            type: 'user_deactivated',
            userId: 'u1',
            email: 'greffier.paris@justice.test',
            ip: '::ffff:10.0.0.1',
            userAgent: 'Firefox',
            details: { byUserId: 'u0', byEmail: 'admin@justice.test' },
          },
        ]);
      }),
    );
    const user = userEvent.setup();
    renderScreen(<SecurityEventList />, { path: '/security-events', resource: 'security-events' });
    const row = (await screen.findByText('greffier.paris@justice.test')).closest('tr')!;
    expect(within(row).getByText('Compte désactivé')).toBeInTheDocument();
    expect(within(row).getByText('par : admin@justice.test')).toBeInTheDocument();
    await user.click(screen.getByRole('combobox', { name: 'Évènement' }));
    await user.click(await screen.findByRole('option', { name: 'Échec de connexion' }));
    await waitFor(() => expect(filters).toContainEqual({ type: 'login_failed' }));
  });

  it('an empty log says so', async () => {
    server.use(http.get('*/api/security-events', () => list('security-events', [])));
    renderScreen(<SecurityEventList />, { path: '/security-events', resource: 'security-events' });
    expect(await screen.findByText('Aucun évènement ne correspond à ces filtres')).toBeInTheDocument();
  });
});

describe('QA: no delete, French validation, empty history', () => {
  const noHistory = http.get('*/api/reference-changes', () => list('reference-changes', []));

  it('a court’s page: no « Supprimer », a French message for a bad address, a plain empty history', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.get('*/api/juridictions/tj-blois', () => HttpResponse.json(BLOIS)),
      noHistory,
      http.put('*/api/juridictions/tj-blois', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json(BLOIS);
      }),
    );
    const user = userEvent.setup();
    renderScreen(
      <Routes>
        <Route path="/juridictions/:id" element={<JuridictionEdit />} />
      </Routes>,
      { path: '/juridictions/tj-blois', resource: 'juridictions' },
    );
    const address = await screen.findByRole('textbox', { name: /bureau d’ordre/ });
    expect(await screen.findByText('Aucune modification enregistrée.')).toBeInTheDocument();
    expect(screen.queryByText(/Effacer les filtres|Aucun résultat/)).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Supprimer/ })).not.toBeInTheDocument();

    // The browser's own check (an English tooltip) would stop the submission before the shared rule.
    await user.clear(address);
    await user.type(address, 'bureau-ordre.blois');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(/adresse électronique invalide/)).toBeInTheDocument();
    expect(bodies).toEqual([]);
  });

  it('an administration’s page: no « Supprimer », and a French message for a bad address at creation', async () => {
    server.use(
      http.get('*/api/administrations/7', () =>
        HttpResponse.json({ id: 7, nom: 'DDPP de Loir-et-Cher', kind: 'dgccrf', departementCode: '41', email: '', siret: '', active: true }),
      ),
      noHistory,
    );
    renderScreen(
      <Routes>
        <Route path="/administrations/:id" element={<AdministrationEdit />} />
      </Routes>,
      { path: '/administrations/7', resource: 'administrations' },
    );
    expect(await screen.findByDisplayValue('DDPP de Loir-et-Cher')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Enregistrer' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Supprimer/ })).not.toBeInTheDocument();
    expect(await screen.findByText('Aucune modification enregistrée.')).toBeInTheDocument();
  });

  it('creating an administration with a bad address shows the shared rule’s French message', async () => {
    const bodies: unknown[] = [];
    server.use(
      http.post('*/api/administrations', async ({ request }) => {
        bodies.push(await request.json());
        return HttpResponse.json({ id: 8 }, { status: 201 });
      }),
    );
    const user = userEvent.setup();
    renderScreen(<AdministrationCreate />, { path: '/administrations/create', resource: 'administrations' });
    await user.type(await screen.findByRole('textbox', { name: /Nom/ }), 'DDPP de Loir-et-Cher');
    await user.click(screen.getByRole('combobox', { name: /Type d’administration/ }));
    await user.click(await screen.findByRole('option', { name: 'Protection des consommateurs (DGCCRF / DDPP)' }));
    await user.type(screen.getByRole('textbox', { name: /Adresse électronique/ }), 'ddpp.loir-et-cher');
    await user.click(screen.getByRole('button', { name: 'Enregistrer' }));
    expect(await screen.findByText(/Adresse électronique invalide/i)).toBeInTheDocument();
    expect(bodies).toEqual([]);
  });
});

describe('security log details', () => {
  const event = (id: string, type: string, details: Record<string, unknown>) => ({
    id,
    at: '2026-09-14T14:05:00.000Z',
    type,
    userId: 'u1',
    email: `compte${id}@justice.test`,
    ip: '10.0.0.1',
    userAgent: 'Firefox',
    details,
  });

  it('are in French: known keys and values translated, unknown ones shown as they are', async () => {
    server.use(
      http.get('*/api/security-events', () =>
        list('security-events', [
          event('1', 'login_succeeded', { secondFactor: 'totp' }),
          event('2', 'login_failed', { reason: 'bad_password' }),
          event('3', 'rate_limited', { scope: 'account', retryAfterSeconds: 60, stage: 'mfa' }),
          event('4', 'password_reset_completed', { purpose: 'activation', sessionsEnded: 0 }),
          event('5', 'permission_denied', { action: 'update', subject: 'User', method: 'PUT', path: '/api/users/x' }),
          event('6', 'role_changed', { from: { role: 'greffier' }, to: { role: 'magistrat' }, byUserId: 'u0', byEmail: 'admin@justice.test' }),
          event('7', 'login_failed', { reason: 'nouveau_motif', quota: 3 }),
        ]),
      ),
    );
    renderScreen(<SecurityEventList />, { path: '/security-events', resource: 'security-events' });
    const details = async (id: string) => (await screen.findByText(`compte${id}@justice.test`)).closest('tr')!;
    expect(within(await details('1')).getByText('second facteur : application d’authentification')).toBeInTheDocument();
    expect(within(await details('2')).getByText('motif : mot de passe erroné')).toBeInTheDocument();
    expect(
      within(await details('3')).getByText('limite : par compte ; nouvel essai dans : 60 s ; étape : double authentification'),
    ).toBeInTheDocument();
    expect(within(await details('4')).getByText('lien : activation du compte ; sessions fermées : 0')).toBeInTheDocument();
    expect(
      within(await details('5')).getByText('action : modification ; objet : utilisateurs ; méthode : PUT ; adresse : /api/users/x'),
    ).toBeInTheDocument();
    expect(
      within(await details('6')).getByText(
        'avant : rôle Greffier (bureau d’ordre) ; après : rôle Magistrat du parquet ; par : admin@justice.test',
      ),
    ).toBeInTheDocument();
    expect(within(await details('7')).getByText('motif : nouveau_motif ; quota : 3')).toBeInTheDocument();
  });
});
