import { createTestContext, signIn, userIdsByEmail, type TestContext } from './support/test-app';
import { mustTransition, submitSaisine, transition, type Session } from './support/workflow';

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
});
afterAll(() => ctx.close());

let sequence = 0;
/** A referral of TJ Blois registered and assigned to Claire Dubois. */
async function assignedSaisine(): Promise<string> {
  const id = await submitSaisine(ctx.app);
  sequence += 1;
  await mustTransition(greffier, id, { to: 'enregistree', numeroParquet: `26/300/${sequence}` });
  await mustTransition(greffier, id, { to: 'attribuee', assigneeId: userIds['magistrat.blois@justice.test'] });
  return id;
}

const listIds = async (session: Session) =>
  ((await session.agent.get('/api/saisines').query({ range: '[0,999]' })).body as Array<{ id: string }>).map((row) => row.id);

describe('transfer (→ transferee)', () => {
  test('it leaves this court’s lists and arrives in the other court’s with its whole history', async () => {
    const id = await assignedSaisine();
    const response = await transition(greffier, id, { to: 'transferee', juridictionId: 'tj-paris', reason: 'Faits commis à Paris, siège de la société.' });
    expect(response.status).toBe(200);
    expect(response.body).toMatchObject({ id, status: 'transferee', juridictionId: 'tj-paris', visible: false });

    expect((await greffier.agent.get(`/api/saisines/${id}`)).status).toBe(404);
    expect(await listIds(greffier)).not.toContain(id);
    expect(await listIds(greffierParis)).toContain(id);

    const paris = await greffierParis.agent.get(`/api/saisines/${id}`);
    expect(paris.status).toBe(200);
    expect(paris.body).toMatchObject({ juridictionId: 'tj-paris', status: 'transferee', numeroParquet: null, assigneeId: null, registeredAt: null });
    expect(paris.body.events.map((e: { toStatus: string }) => e.toStatus)).toEqual(['recue', 'enregistree', 'attribuee', 'transferee']);
    expect(paris.body.events[3]).toMatchObject({
      reason: 'Faits commis à Paris, siège de la société.',
      payload: { juridictionId: 'tj-paris', fromJuridictionId: 'tj-blois', previousNumeroParquet: expect.any(String) },
    });
    expect(paris.body.chain).toMatchObject({ ok: true, checked: 4 });
    expect(paris.body.availableTransitions.map((t: { to: string }) => t.to)).toEqual(['enregistree', 'transferee']);

    // The new court registers it with its own number.
    const registered = await transition(greffierParis, id, { to: 'enregistree', numeroParquet: '26/300/1' });
    expect(registered.status).toBe(200);
    expect(registered.body).toMatchObject({ status: 'enregistree', numeroParquet: '26/300/1', juridictionId: 'tj-paris' });
  });

  test('the target must exist, be active and differ; the reason is required', async () => {
    const id = await assignedSaisine();
    const same = await transition(greffier, id, { to: 'transferee', juridictionId: 'tj-blois', reason: 'Erreur' });
    expect(same.status).toBe(400);
    expect(same.body.errors.juridictionId).toBe('Choisissez une autre juridiction que la juridiction actuelle.');
    const unknown = await transition(greffier, id, { to: 'transferee', juridictionId: 'tj-atlantide', reason: 'Erreur' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors.juridictionId).toBe('Choisissez une juridiction active dans la liste.');
    await ctx.db.query(`UPDATE juridictions SET active = false WHERE id = 'tj-tours'`);
    try {
      expect((await transition(greffier, id, { to: 'transferee', juridictionId: 'tj-tours', reason: 'Erreur' })).status).toBe(400);
    } finally {
      await ctx.db.query(`UPDATE juridictions SET active = true WHERE id = 'tj-tours'`);
    }
    const noReason = await transition(greffier, id, { to: 'transferee', juridictionId: 'tj-paris' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual({ reason: 'Indiquez le motif du transfert.' });
    expect((await greffier.agent.get(`/api/saisines/${id}`)).body).toMatchObject({ status: 'attribuee', juridictionId: 'tj-blois' });
  });
});

describe('decision (→ decidee) and closing (→ cloturee)', () => {
  test('the prosecutor decides a classement with its reason; the clerk communicates it and closes', async () => {
    const id = await assignedSaisine();
    const decided = await transition(magistrat, id, { to: 'decidee', decision: 'classement', classementReason: 'auteur_inconnu' });
    expect(decided.status).toBe(200);
    expect(decided.body).toMatchObject({ status: 'decidee', decision: 'classement', classementReason: 'auteur_inconnu', decisionDetail: '' });
    expect(Date.parse(decided.body.decidedAt)).not.toBeNaN();
    expect(decided.body.events.at(-1)).toMatchObject({
      actorLabel: 'Claire Dubois (magistrat du parquet)',
      reason: 'Classement sans suite : Auteur inconnu',
      payload: { decision: 'classement', classementReason: 'auteur_inconnu' },
    });
    expect(decided.body.availableTransitions).toEqual([]);

    const byMagistrat = await transition(magistrat, id, { to: 'cloturee' });
    expect(byMagistrat.status).toBe(403);
    const closed = await transition(greffier, id, { to: 'cloturee' });
    expect(closed.status).toBe(200);
    expect(closed.body.status).toBe('cloturee');
    expect(Date.parse(closed.body.communicatedAt)).not.toBeNaN();
    expect(closed.body.availableTransitions).toEqual([]);
    expect(closed.body.chain).toMatchObject({ ok: true, checked: 5 });
    const again = await transition(greffier, id, { to: 'transferee', juridictionId: 'tj-paris', reason: 'Trop tard' });
    expect(again.status).toBe(409);
    expect(again.body.message).toBe('Une saisine au statut « Clôturée » ne peut pas passer au statut « Transférée ».');
  });

  test('classement needs a reason from the list, alternative needs its measure, a decision is one of three', async () => {
    const id = await assignedSaisine();
    const noReason = await transition(magistrat, id, { to: 'decidee', decision: 'classement' });
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual({ classementReason: 'Choisissez le motif du classement sans suite.' });
    expect((await transition(magistrat, id, { to: 'decidee', decision: 'classement', classementReason: 'flemme' })).status).toBe(400);
    const noMeasure = await transition(magistrat, id, { to: 'decidee', decision: 'alternative' });
    expect(noMeasure.status).toBe(400);
    expect(noMeasure.body.errors).toEqual({ decisionDetail: 'Précisez la mesure alternative aux poursuites.' });
    const unknown = await transition(magistrat, id, { to: 'decidee', decision: 'relaxe' });
    expect(unknown.status).toBe(400);
    expect(Object.keys(unknown.body.errors)).toEqual(['decision']);

    const alternative = await transition(magistrat, id, { to: 'decidee', decision: 'alternative', decisionDetail: 'Rappel à la loi', classementReason: 'auteur_inconnu' });
    expect(alternative.status).toBe(200);
    expect(alternative.body).toMatchObject({ decision: 'alternative', decisionDetail: 'Rappel à la loi', classementReason: null });
    expect(alternative.body.events.at(-1).reason).toBe('Alternative aux poursuites : Rappel à la loi');
  });

  test('a clerk records a decision on behalf of an active prosecutor of the court, kept in the event', async () => {
    const id = await assignedSaisine();
    const missing = await transition(greffier, id, { to: 'decidee', decision: 'poursuites' });
    expect(missing.status).toBe(400);
    expect(Object.keys(missing.body.errors)).toEqual(['onBehalfOfId']);
    const otherCourt = await transition(greffier, id, { to: 'decidee', decision: 'poursuites', onBehalfOfId: userIds['magistrat.paris@justice.test'] });
    expect(otherCourt.status).toBe(400);
    expect(otherCourt.body.errors.onBehalfOfId).toBe('Choisissez un magistrat actif de cette juridiction.');
    const clerk = await transition(greffier, id, { to: 'decidee', decision: 'poursuites', onBehalfOfId: userIds['greffier.blois@justice.test'] });
    expect(clerk.status).toBe(400);

    const recorded = await transition(greffier, id, {
      to: 'decidee',
      decision: 'poursuites',
      decisionDetail: 'Convocation par officier de police judiciaire',
      onBehalfOfId: userIds['substitut.blois@justice.test'],
    });
    expect(recorded.status).toBe(200);
    expect(recorded.body.events.at(-1)).toMatchObject({
      actorLabel: 'Julien Robert (greffier)',
      payload: { decision: 'poursuites', onBehalfOfId: userIds['substitut.blois@justice.test'], onBehalfOfLabel: 'Thomas Petit' },
    });
    expect(recorded.body.availableTransitions.map((t: { to: string }) => t.to)).toEqual(['cloturee']);
  });

  test('every referral touched in this file still has a verified event chain', async () => {
    const [rows] = await ctx.db.query(
      `SELECT s.id, v.ok, v.checked FROM saisines s CROSS JOIN LATERAL saisine_events_verify(s.id) v`,
    );
    const results = rows as Array<{ ok: boolean; checked: number }>;
    expect(results.length).toBeGreaterThanOrEqual(4);
    expect(results.every((row) => row.ok && row.checked >= 3)).toBe(true);
  });
});
