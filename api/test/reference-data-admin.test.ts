import request from 'supertest';
import { createTestContext, signIn, type TestContext } from './support/test-app';
import { validSubmission } from './support/fixtures';

let ctx: TestContext;
let admin: Awaited<ReturnType<typeof signIn>>;
let clerk: Awaited<ReturnType<typeof signIn>>;
beforeAll(async () => {
  ctx = createTestContext();
  admin = await signIn(ctx.app, 'admin@justice.test');
  clerk = await signIn(ctx.app, 'greffier.blois@justice.test');
});
afterAll(() => ctx.close());

const q = (params: Record<string, unknown>) => Object.fromEntries(Object.entries(params).map(([key, value]) => [key, JSON.stringify(value)]));
const put = (who: typeof admin, path: string, body: unknown) => who.agent.put(path).set('X-CSRF-Token', who.csrfToken).send(body as object);
const post = (who: typeof admin, path: string, body: unknown) => who.agent.post(path).set('X-CSRF-Token', who.csrfToken).send(body as object);
const changesOf = async (entity: string, entityId: string) =>
  ((await ctx.db.query(`SELECT action, user_email, changes FROM reference_changes WHERE entity = :entity AND entity_id = :entityId ORDER BY id`, {
    replacements: { entity, entityId },
  })) as [Array<{ action: string; user_email: string; changes: Record<string, { from: unknown; to: unknown }> }>, unknown])[0];

describe('courts', () => {
  test('list: filters by name, type and department, sorted; unknown filters and bad codes are 400', async () => {
    const byName = await admin.agent.get('/api/juridictions').query(q({ filter: { q: 'blois' } }));
    expect(byName.status).toBe(200);
    expect(byName.body.map((j: { id: string }) => j.id)).toContain('tj-blois');
    const ofDept = await admin.agent.get('/api/juridictions').query(q({ filter: { departementCode: '41', type: 'TJ' }, sort: ['nom', 'DESC'] }));
    expect(ofDept.body.map((j: { id: string }) => j.id)).toEqual(expect.arrayContaining(['tj-blois']));
    ofDept.body.forEach((j: { type: string; departementsRessort: string[] }) => {
      expect(j.type).toBe('TJ');
      expect(j.departementsRessort).toContain('41');
    });
    const names = ofDept.body.map((j: { nom: string }) => j.nom);
    expect(names).toEqual([...names].sort().reverse());
    const sortedByType = await admin.agent.get('/api/juridictions').query(q({ sort: ['type', 'ASC'], range: [0, 999] }));
    const types = sortedByType.body.map((j: { type: string }) => j.type);
    expect(types).toEqual([...types].sort());
    // A "%" is a character, not a wildcard.
    expect((await admin.agent.get('/api/juridictions').query(q({ filter: { q: '%' } }))).body).toEqual([]);
    expect((await admin.agent.get('/api/juridictions').query(q({ filter: { departementCode: "41' OR 1=1" } }))).status).toBe(400);
    expect((await admin.agent.get('/api/juridictions').query(q({ filter: { courAppel: 'Orléans' } }))).status).toBe(400);
    expect((await admin.agent.get('/api/juridictions').query(q({ sort: ['adresse', 'ASC'] }))).status).toBe(400);
    // Everyone signed in keeps reading courts (transfers, routing).
    expect((await clerk.agent.get('/api/juridictions').query(q({ filter: { q: 'paris' } }))).status).toBe(200);
  });

  test('the administrator changes addresses and the urgency target; the change is logged; a clerk may not', async () => {
    const before = (await admin.agent.get('/api/juridictions/tj-blois')).body;
    const response = await put(admin, '/api/juridictions/tj-blois', {
      ...before,
      nom: 'Un autre nom, ignoré',
      emailPermanence: ' Permanence.Nouvelle@justice.test ',
      urgenceDelaiMinutes: 90,
      adresse: '2 place Saint-Louis, 41000 Blois',
    });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ nom: before.nom, emailPermanence: 'permanence.nouvelle@justice.test', urgenceDelaiMinutes: 90, emailBureauOrdre: before.emailBureauOrdre });
    expect(await changesOf('juridiction', 'tj-blois')).toEqual([
      {
        action: 'update',
        user_email: 'admin@justice.test',
        changes: {
          adresse: { from: before.adresse, to: '2 place Saint-Louis, 41000 Blois' },
          emailPermanence: { from: before.emailPermanence, to: 'permanence.nouvelle@justice.test' },
          urgenceDelaiMinutes: { from: before.urgenceDelaiMinutes, to: 90 },
        },
      },
    ]);
    // Saving the same values logs nothing more.
    expect((await put(admin, '/api/juridictions/tj-blois', response.body)).status).toBe(200);
    expect(await changesOf('juridiction', 'tj-blois')).toHaveLength(1);
    // The new permanence address is the one an urgent referral announces itself to.
    const urgent = await request(ctx.app).post('/api/public/saisines').send(validSubmission({ urgent: true, urgencyReason: 'Personne en danger' }));
    const [[mail]] = (await ctx.db.query(`SELECT to_address FROM outbox_mails WHERE saisine_id = :id AND kind = 'notification_permanence'`, {
      replacements: { id: urgent.body.id },
    })) as [[{ to_address: string }], unknown];
    expect(mail.to_address).toBe('permanence.nouvelle@justice.test');

    const invalid = await put(admin, '/api/juridictions/tj-blois', { emailBureauOrdre: 'pas-une-adresse', urgenceDelaiMinutes: 5 });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.errors).sort()).toEqual(['emailBureauOrdre', 'urgenceDelaiMinutes']);
    expect((await admin.agent.get('/api/juridictions/tj-blois')).body.urgenceDelaiMinutes).toBe(90);
    expect((await put(admin, '/api/juridictions/tj-atlantide', { adresse: 'x' })).status).toBe(404);
    expect((await put(clerk, '/api/juridictions/tj-blois', { urgenceDelaiMinutes: 30 })).status).toBe(403);
    expect((await admin.agent.put('/api/juridictions/tj-blois').send({ urgenceDelaiMinutes: 30 })).status).toBe(403);
    await expect(ctx.db.query('DELETE FROM reference_changes')).rejects.toThrow(/ajout seul/);
    // The history, as the edit page reads it; only for who may change courts.
    const history = await admin.agent.get('/api/reference-changes').query(q({ filter: { entity: 'juridiction', entityId: 'tj-blois' } }));
    expect(history.status).toBe(200);
    expect(history.headers['content-range']).toBe('reference-changes 0-0/1');
    expect(history.body[0]).toMatchObject({ action: 'update', userEmail: 'admin@justice.test', changes: { urgenceDelaiMinutes: { to: 90 } } });
    expect((await clerk.agent.get('/api/reference-changes').query(q({ filter: { entity: 'juridiction', entityId: 'tj-blois' } }))).status).toBe(403);
    expect((await admin.agent.get('/api/reference-changes')).status).toBe(400);
    expect((await admin.agent.get('/api/reference-changes').query(q({ filter: { entity: 'users', entityId: 'x' } }))).status).toBe(400);
  });
});

describe('administrations', () => {
  test('create with a valid SIRET, list with filters, edit; each change is logged', async () => {
    const created = await post(admin, '/api/administrations', {
      nom: 'Direction départementale de la protection des populations de Loir-et-Cher',
      kind: 'dgccrf',
      departementCode: '41',
      email: 'ddpp@loir-et-cher.gouv.fr',
      siret: '732 829 320 00074',
    });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ id: expect.any(Number), kind: 'dgccrf', departementCode: '41', siret: '73282932000074', active: true });
    const id = String(created.body.id);

    const list = await admin.agent.get('/api/administrations').query(q({ filter: { kind: 'dgccrf', departementCode: '41', q: 'protection des pop' }, sort: ['nom', 'ASC'] }));
    expect(list.status).toBe(200);
    expect(list.headers['content-range']).toMatch(/^administrations 0-\d+\/\d+$/);
    expect(list.body.map((a: { id: number }) => a.id)).toContain(created.body.id);
    const edited = await put(admin, `/api/administrations/${id}`, { active: false });
    expect(edited.body).toMatchObject({ active: false, nom: created.body.nom });
    const inactive = await admin.agent.get('/api/administrations').query(q({ filter: { active: false } }));
    expect(inactive.body.map((a: { id: number }) => a.id)).toEqual([created.body.id]);
    expect((await changesOf('administration', id)).map((c) => [c.action, Object.keys(c.changes).sort()])).toEqual([
      ['create', ['active', 'departementCode', 'email', 'kind', 'nom', 'siret']],
      ['update', ['active']],
    ]);
    // As the edit page asks for it: the id as react-admin holds it (a number), newest first.
    const history = await admin.agent.get('/api/reference-changes').query(q({ filter: { entity: 'administration', entityId: created.body.id } }));
    expect(history.body.map((c: { action: string }) => c.action)).toEqual(['update', 'create']);
  });

  test('validation in French (SIRET Luhn key, kind, department), duplicates are a 409, a clerk only reads', async () => {
    const invalid = await post(admin, '/api/administrations', { nom: '', kind: 'ministere_magie', departementCode: '420', siret: '73282932000075', email: 'x' });
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors).toEqual({
      nom: 'Indiquez le nom de l’administration.',
      kind: 'Type d’administration inconnu.',
      departementCode: expect.stringMatching(/^Code de département invalide/),
      email: 'Adresse électronique invalide (exemple : prenom.nom@administration.gouv.fr).',
      siret: expect.stringMatching(/^SIRET invalide/),
    });
    const body = { nom: 'Caisse d’allocations familiales de test', kind: 'securite_sociale' };
    expect((await post(admin, '/api/administrations', body)).status).toBe(201);
    const duplicate = await post(admin, '/api/administrations', body);
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.message).toBe('Une administration de ce type porte déjà ce nom.');
    expect((await post(clerk, '/api/administrations', { ...body, nom: 'Autre' })).status).toBe(403);
    expect((await clerk.agent.get('/api/administrations')).status).toBe(200);
    expect((await admin.agent.get('/api/administrations/abc')).status).toBe(404);
    expect((await admin.agent.get('/api/administrations').query(q({ sort: ['siret', 'ASC'] }))).status).toBe(400);
  });

  test('a submission still finds (or adds) its administration by kind and name', async () => {
    const submission = validSubmission();
    const first = await request(ctx.app).post('/api/public/saisines').send(submission);
    expect(first.status).toBe(201);
    const found = await admin.agent.get('/api/administrations').query(q({ filter: { q: submission.sender.administration, kind: submission.sender.administrationKind } }));
    expect(found.body).toHaveLength(1);
    expect(found.body[0]).toMatchObject({ active: true, email: '', siret: '' });
  });
});

describe('security log filters', () => {
  test('by the beginning of an address, by IP, newest first', async () => {
    await request(ctx.app).post('/api/auth/login').send({ email: 'Magistrat.Blois@justice.test', password: 'mauvais-mot-de-passe' });
    const byEmail = await admin.agent.get('/api/security-events').query(q({ filter: { email: 'MAGISTRAT.blois', type: 'login_failed' } }));
    expect(byEmail.status).toBe(200);
    expect(byEmail.body.length).toBeGreaterThan(0);
    byEmail.body.forEach((e: { email: string }) => expect(e.email.toLowerCase()).toMatch(/^magistrat\.blois/));
    const ip = byEmail.body[0].ip as string;
    const byIp = await admin.agent.get('/api/security-events').query(q({ filter: { ip } }));
    byIp.body.forEach((e: { ip: string }) => expect(e.ip).toBe(ip));
    const times = byIp.body.map((e: { at: string }) => e.at);
    expect(times).toEqual([...times].sort().reverse());
    expect((await admin.agent.get('/api/security-events').query(q({ filter: { email: '%' } }))).body).toEqual([]);
    expect((await admin.agent.get('/api/security-events').query(q({ filter: { ip: "1' OR '1'='1" } }))).status).toBe(400);
  });
});

test('the new routes are in the OpenAPI document', async () => {
  const { paths } = (await request(ctx.app).get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> };
  expect(Object.keys(paths['/juridictions'])).toEqual(['get']);
  expect(Object.keys(paths['/juridictions/{id}']).sort()).toEqual(['get', 'put']);
  expect(Object.keys(paths['/administrations']).sort()).toEqual(['get', 'post']);
  expect(Object.keys(paths['/administrations/{id}']).sort()).toEqual(['get', 'put']);
  expect(Object.keys(paths['/outbox/{id}'])).toEqual(['get']);
  expect(JSON.stringify(paths['/security-events'])).toContain('ip');
});
