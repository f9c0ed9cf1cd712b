import request from 'supertest';
import { NUMERO_PARQUET_MESSAGE } from '@info-parquet/common';
import { createTestContext, signIn, userIdsByEmail, type TestContext } from './support/test-app';
import { mustTransition, PARIS_FACTS, postTransition, submitSaisine, transition, type Session } from './support/workflow';

let ctx: TestContext;
let greffier: Session;
let magistrat: Session;
let greffierParis: Session;
const userIds: Record<string, string> = {};

beforeAll(async () => {
  ctx = createTestContext();
  [greffier, magistrat, greffierParis] = await Promise.all([
    signIn(ctx.app, 'greffier.blois@justice.test'),
    signIn(ctx.app, 'magistrat.blois@justice.test'),
    signIn(ctx.app, 'greffier.paris@justice.test'),
  ]);
  Object.assign(userIds, await userIdsByEmail(ctx.db));
  const [[inactive]] = (await ctx.db.query(
    `INSERT INTO users (email, display_name, role, juridiction_id, active)
     VALUES ('ancien.blois@justice.test', 'Paul Ancien', 'magistrat', 'tj-blois', false) RETURNING id`,
  )) as [[{ id: string }], unknown];
  userIds['ancien.blois@justice.test'] = inactive.id;
});
afterAll(() => ctx.close());

describe('registration (recue → enregistree)', () => {
  test('a clerk registers with a numéro parquet: number, dates, version, one event by "Name (role)", verified chain', async () => {
    const id = await submitSaisine(ctx.app);
    const response = await transition(greffier, id, { to: 'enregistree', numeroParquet: '26/123/45' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id, status: 'enregistree', numeroParquet: '26/123/45', version: 2 });
    expect(Date.parse(response.body.registeredAt)).not.toBeNaN();
    expect(response.body.firstAckAt).toBe(response.body.registeredAt);
    expect(response.body.events).toHaveLength(2);
    expect(response.body.events[1]).toMatchObject({
      seq: 2,
      type: 'transition',
      actorType: 'user',
      actorLabel: 'Julien Robert (greffier)',
      fromStatus: 'recue',
      toStatus: 'enregistree',
      payload: { numeroParquet: '26/123/45' },
    });
    expect(response.body.chain).toEqual({ ok: true, checked: 2, brokenSeq: null });
    expect(response.body.availableTransitions.map((t: { to: string }) => t.to)).toEqual([
      'attribuee',
      'complement_demande',
      'transferee',
      'decidee',
    ]);
    const [[event]] = (await ctx.db.query(
      `SELECT actor_id FROM saisine_events WHERE saisine_id = :id AND seq = 2`,
      { replacements: { id } },
    )) as [[{ actor_id: string }], unknown];
    expect(event.actor_id).toBe(userIds['greffier.blois@justice.test']);
  });

  test('the compact eleven-digit form is stored in the canonical form', async () => {
    const id = await submitSaisine(ctx.app);
    const response = await transition(greffier, id, { to: 'enregistree', numeroParquet: ' 26124000007 ' });
    expect(response.status).toBe(200);
    expect(response.body.numeroParquet).toBe('26/124/7');
  });

  test('a missing or malformed numéro parquet is a 400 per field, in French; nothing changes', async () => {
    const id = await submitSaisine(ctx.app);
    const missing = await transition(greffier, id, { to: 'enregistree' });
    expect(missing.status).toBe(400);
    expect(missing.body.errors).toEqual({ numeroParquet: 'Indiquez le numéro parquet.' });
    const malformed = await transition(greffier, id, { to: 'enregistree', numeroParquet: 'ABC-12' });
    expect(malformed.status).toBe(400);
    expect(malformed.body.errors).toEqual({ numeroParquet: NUMERO_PARQUET_MESSAGE });
    const detail = await greffier.agent.get(`/api/saisines/${id}`);
    expect(detail.body).toMatchObject({ status: 'recue', version: 1, numeroParquet: null, firstAckAt: null });
    expect(detail.body.events).toHaveLength(1);
  });

  test('a numéro parquet already used in the court is a 409; the same number in another court is fine', async () => {
    const first = await submitSaisine(ctx.app);
    const second = await submitSaisine(ctx.app);
    const firstBody = await mustTransition(greffier, first, { to: 'enregistree', numeroParquet: '26/200/1' });
    const duplicate = await transition(greffier, second, { to: 'enregistree', numeroParquet: '26/200/001' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.message).toBe(
      `Le numéro parquet 26/200/1 est déjà attribué à une autre saisine de cette juridiction (saisine ${firstBody.reference}).`,
    );
    const paris = await submitSaisine(ctx.app, { facts: PARIS_FACTS });
    expect((await transition(greffierParis, paris, { to: 'enregistree', numeroParquet: '26/200/1' })).status).toBe(200);
  });

  test('a prosecutor may not register (403 saying why); a referral of another court is a 404', async () => {
    const id = await submitSaisine(ctx.app);
    const byMagistrat = await transition(magistrat, id, { to: 'enregistree', numeroParquet: '26/201/1' });
    expect(byMagistrat.status).toBe(403);
    expect(byMagistrat.body.message).toBe('Votre rôle ne permet pas cette action (enregistrer).');
    const byParis = await postTransition(greffierParis, id, { to: 'enregistree', version: 1, numeroParquet: '26/201/1' });
    expect(byParis.status).toBe(404);
    expect(byParis.body.message).toBe('Saisine introuvable.');
  });

  test('no session is a 401, no CSRF token a 403, a national administrator a 403', async () => {
    const id = await submitSaisine(ctx.app);
    const body = { to: 'enregistree', version: 1, numeroParquet: '26/202/1' };
    expect((await request(ctx.app).post(`/api/saisines/${id}/transitions`).send(body)).status).toBe(401);
    const noToken = await greffier.agent.post(`/api/saisines/${id}/transitions`).send(body);
    expect(noToken.status).toBe(403);
    expect(noToken.body.message).toMatch(/CSRF/);
    const admin = await signIn(ctx.app, 'admin@justice.test');
    expect((await postTransition(admin, id, body)).status).toBe(403);
    expect((await greffier.agent.get(`/api/saisines/${id}`)).body.status).toBe('recue');
  });

  test('an unknown target or a missing version is a 400; a transition outside the table is a 409 that says why', async () => {
    const id = await submitSaisine(ctx.app);
    const unknown = await postTransition(greffier, id, { to: 'archivee', version: 1 });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.to).toBe('Statut de destination inconnu.');
    const noVersion = await postTransition(greffier, id, { to: 'enregistree', numeroParquet: '26/203/1' });
    expect(noVersion.status).toBe(400);
    expect(Object.keys(noVersion.body.errors)).toEqual(['version']);
    const decide = await transition(magistrat, id, { to: 'decidee', decision: 'poursuites' });
    expect(decide.status).toBe(409);
    expect(decide.body.message).toBe('Une saisine au statut « Reçue » ne peut pas passer au statut « Décidée ».');
    const close = await transition(greffier, id, { to: 'cloturee' });
    expect(close.status).toBe(409);
  });
});

describe('assignment (→ attribuee)', () => {
  test('a clerk assigns to a prosecutor of the court; the prosecutor reassigns to a colleague', async () => {
    const id = await submitSaisine(ctx.app);
    await mustTransition(greffier, id, { to: 'enregistree', numeroParquet: '26/210/1' });
    const assigned = await transition(greffier, id, { to: 'attribuee', assigneeId: userIds['magistrat.blois@justice.test'] });
    expect(assigned.status).toBe(200);
    expect(assigned.body).toMatchObject({ status: 'attribuee', assigneeName: 'Claire Dubois', version: 3 });
    expect(assigned.body.events[2].payload).toMatchObject({ assigneeId: userIds['magistrat.blois@justice.test'], assigneeLabel: 'Claire Dubois' });
    const reassigned = await transition(magistrat, id, { to: 'attribuee', assigneeId: userIds['substitut.blois@justice.test'] });
    expect(reassigned.status).toBe(200);
    expect(reassigned.body).toMatchObject({ assigneeName: 'Thomas Petit', version: 4 });
    expect(reassigned.body.events[3]).toMatchObject({ actorLabel: 'Claire Dubois (magistrat du parquet)', fromStatus: 'attribuee' });
    expect(reassigned.body.chain).toMatchObject({ ok: true, checked: 4 });
  });

  test('an assignee of another court, an inactive one, or no assignee is a 400', async () => {
    const id = await submitSaisine(ctx.app);
    await mustTransition(greffier, id, { to: 'enregistree', numeroParquet: '26/211/1' });
    const otherCourt = await transition(greffier, id, { to: 'attribuee', assigneeId: userIds['magistrat.paris@justice.test'] });
    expect(otherCourt.status).toBe(400);
    expect(otherCourt.body.errors).toEqual({ assigneeId: 'Choisissez un magistrat actif de cette juridiction.' });
    // A referral goes to a prosecutor, never to a clerk (the clerk himself included).
    const clerk = await transition(greffier, id, { to: 'attribuee', assigneeId: userIds['greffier.blois@justice.test'] });
    expect(clerk.status).toBe(400);
    const inactive = await transition(greffier, id, { to: 'attribuee', assigneeId: userIds['ancien.blois@justice.test'] });
    expect(inactive.status).toBe(400);
    const analyst = await transition(greffier, id, { to: 'attribuee', assigneeId: userIds['analyste@justice.test'] });
    expect(analyst.status).toBe(400);
    const none = await transition(greffier, id, { to: 'attribuee' });
    expect(none.status).toBe(400);
    expect(Object.keys(none.body.errors)).toEqual(['assigneeId']);
    const detail = await greffier.agent.get(`/api/saisines/${id}`);
    expect(detail.body).toMatchObject({ status: 'enregistree', assigneeId: null, version: 2 });
  });

  test('a referral cannot be assigned before it is registered', async () => {
    const id = await submitSaisine(ctx.app);
    const response = await transition(greffier, id, { to: 'attribuee', assigneeId: userIds['magistrat.blois@justice.test'] });
    expect(response.status).toBe(409);
    expect(response.body.message).toMatch(/« Reçue » ne peut pas passer au statut « Attribuée »/);
  });
});

describe('request for more information (→ complement_demande and back)', () => {
  test('the message is kept; only the way back to the previous status (or a transfer) is offered', async () => {
    const id = await submitSaisine(ctx.app);
    await mustTransition(greffier, id, { to: 'enregistree', numeroParquet: '26/220/1' });
    await mustTransition(greffier, id, { to: 'attribuee', assigneeId: userIds['magistrat.blois@justice.test'] });
    expect((await transition(magistrat, id, { to: 'complement_demande', message: '   ' })).status).toBe(400);
    const asked = await transition(magistrat, id, { to: 'complement_demande', message: 'Merci de joindre le procès-verbal de contrôle.' });
    expect(asked.status).toBe(200);
    expect(asked.body.events.at(-1)).toMatchObject({
      fromStatus: 'attribuee',
      toStatus: 'complement_demande',
      payload: { message: 'Merci de joindre le procès-verbal de contrôle.' },
    });
    expect(asked.body.availableTransitions.map((t: { to: string }) => t.to)).toEqual(['attribuee', 'transferee']);

    const wrongWayBack = await transition(greffier, id, { to: 'enregistree' });
    expect(wrongWayBack.status).toBe(409);
    expect(wrongWayBack.body.message).toMatch(/ne peut reprendre qu’à ce statut/);
    const back = await transition(greffier, id, { to: 'attribuee' });
    expect(back.status).toBe(200);
    expect(back.body).toMatchObject({ status: 'attribuee', assigneeName: 'Claire Dubois' });
    expect(back.body.chain).toMatchObject({ ok: true, checked: 5 });
  });

  test('the detail of a referral offers nothing to a role that may not act on it', async () => {
    const id = await submitSaisine(ctx.app);
    const detail = await magistrat.agent.get(`/api/saisines/${id}`);
    expect(detail.body.availableTransitions).toEqual([
      { to: 'complement_demande', label: 'Demander un complément', requiredFields: ['message'] },
      { to: 'transferee', label: 'Transférer', requiredFields: ['juridictionId', 'reason'] },
    ]);
  });
});
