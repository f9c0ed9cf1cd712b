import { createTestContext, signIn, userIdsByEmail, type TestContext } from './support/test-app';
import { mustTransition, postTransition, submitSaisine, type Session } from './support/workflow';

let ctx: TestContext;
let greffier: Session;
let magistrat: Session;
const userIds: Record<string, string> = {};

beforeAll(async () => {
  ctx = createTestContext();
  [greffier, magistrat] = await Promise.all([signIn(ctx.app, 'greffier.blois@justice.test'), signIn(ctx.app, 'magistrat.blois@justice.test')]);
  Object.assign(userIds, await userIdsByEmail(ctx.db));
});
afterAll(() => ctx.close());

const eventCount = async (id: string) => {
  const [[row]] = (await ctx.db.query('SELECT count(*)::int AS n FROM saisine_events WHERE saisine_id = :id', {
    replacements: { id },
  })) as [[{ n: number }], unknown];
  return row.n;
};

test('a stale version is a 409 naming who changed the referral meanwhile; nothing is written', async () => {
  const id = await submitSaisine(ctx.app);
  const seen = (await magistrat.agent.get(`/api/saisines/${id}`)).body.version;
  await mustTransition(greffier, id, { to: 'enregistree', numeroParquet: '26/140/1' });
  const stale = await postTransition(magistrat, id, { to: 'complement_demande', version: seen, message: 'Pièces manquantes.' });
  expect(stale.status).toBe(409);
  expect(stale.body.message).toMatch(/^La saisine a été modifiée entre-temps par Julien Robert \(greffier\), le \d{2}\/\d{2}\/\d{4} \d{2}:\d{2}\. Rechargez-la/);
  const detail = await magistrat.agent.get(`/api/saisines/${id}`);
  expect(detail.body).toMatchObject({ status: 'enregistree', version: 2 });
  expect(await eventCount(id)).toBe(2);
});

test('two people acting at once on the same version: exactly one succeeds, the other gets a 409', async () => {
  for (let round = 0; round < 3; round += 1) {
    const id = await submitSaisine(ctx.app);
    const registered = await mustTransition(greffier, id, { to: 'enregistree', numeroParquet: `26/141/${round + 1}` });
    const results = await Promise.all([
      postTransition(greffier, id, { to: 'attribuee', version: registered.version, assigneeId: userIds['substitut.blois@justice.test'] }),
      postTransition(magistrat, id, { to: 'complement_demande', version: registered.version, message: 'Merci de préciser les dates.' }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body.message).toMatch(/modifiée entre-temps/);
    const detail = await greffier.agent.get(`/api/saisines/${id}`);
    expect(detail.body.version).toBe(registered.version + 1);
    expect(detail.body.events).toHaveLength(3);
    expect(detail.body.chain).toMatchObject({ ok: true, checked: 3 });
  }
});

test('two registrations of different referrals with the same number at once: one wins, one 409', async () => {
  const [a, b] = await Promise.all([submitSaisine(ctx.app), submitSaisine(ctx.app)]);
  const results = await Promise.all([
    postTransition(greffier, a, { to: 'enregistree', version: 1, numeroParquet: '26/142/1' }),
    postTransition(greffier, b, { to: 'enregistree', version: 1, numeroParquet: '26/142/1' }),
  ]);
  expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  expect(results.find((r) => r.status === 409)!.body.message).toMatch(/^Le numéro parquet 26\/142\/1 est déjà attribué/);
  expect((await eventCount(a)) + (await eventCount(b))).toBe(3);
});
