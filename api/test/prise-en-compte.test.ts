import { createTestContext, signIn, type TestContext } from './support/test-app';
import { PARIS_FACTS, mustTransition, submitSaisine, type Session } from './support/workflow';
import { escalateOverdueUrgences } from '../src/jobs/urgency-escalation';

let ctx: TestContext;
let other: TestContext;
let greffier: Session;
let magistrat: Session;
beforeAll(async () => {
  ctx = createTestContext();
  other = createTestContext();
  greffier = await signIn(ctx.app, 'greffier.blois@justice.test');
  magistrat = await signIn(ctx.app, 'magistrat.blois@justice.test');
});
afterAll(async () => {
  await ctx.close();
  await other.close();
});

const URGENT = { urgent: true, urgencyReason: 'Personne en danger' };
const URL = 'http://localhost:3000';

async function receivedAt(id: string) {
  const [[row]] = (await ctx.db.query('SELECT received_at FROM saisines WHERE id = :id', { replacements: { id } })) as [[{ received_at: Date }], unknown];
  return row.received_at.getTime();
}

const minutesAfter = (start: number, minutes: number) => new Date(start + minutes * 60_000);

const takeIntoAccount = (session: Session, id: string) =>
  session.agent.post(`/api/saisines/${id}/prise-en-compte`).set('X-CSRF-Token', session.csrfToken).send({});

async function remindersOf(id: string) {
  const [events] = await ctx.db.query(
    "SELECT payload->>'relance' AS rank, at FROM saisine_events WHERE saisine_id = :id AND type = 'escalade' ORDER BY seq",
    { replacements: { id } },
  );
  const [mails] = await ctx.db.query("SELECT dedupe_key, subject FROM outbox_mails WHERE saisine_id = :id AND kind = 'notification_permanence' AND dedupe_key LIKE 'relance%' ORDER BY dedupe_key", {
    replacements: { id },
  });
  return { events: events as Array<{ rank: string; at: Date }>, mails: mails as Array<{ dedupe_key: string; subject: string }> };
}

test('« Prendre en compte » records who and when, one chained event, ends « En retard » and is refused twice', async () => {
  const id = await submitSaisine(ctx.app, URGENT);
  await ctx.db.query("UPDATE saisines SET received_at = now() - interval '3 hours' WHERE id = :id", { replacements: { id } });
  const before = (await greffier.agent.get(`/api/saisines/${id}`)).body;
  expect(before).toMatchObject({ enRetard: true, firstAckAt: null, firstAckByName: null });

  const response = await takeIntoAccount(magistrat, id);
  expect(response.status).toBe(200);
  expect(response.body).toMatchObject({ enRetard: false, firstAckAt: expect.any(String), firstAckByName: expect.any(String), status: 'recue' });
  expect(response.body.version).toBe(before.version);
  expect(response.body.chain.ok).toBe(true);
  const last = response.body.events.at(-1);
  expect(last).toMatchObject({ type: 'prise_en_compte', actorType: 'user', actorLabel: expect.stringMatching(/magistrat du parquet/) });
  const ackEvents = response.body.events.filter((event: { type: string }) => event.type === 'prise_en_compte');
  expect(ackEvents).toHaveLength(1);

  const again = await takeIntoAccount(greffier, id);
  expect(again.status).toBe(409);
  expect(again.body.message).toMatch(/déjà été prise en compte par .+, le \d/);

  // The list no longer shows it late; the live stream was told.
  const listed = await greffier.agent.get('/api/saisines').query({ filter: JSON.stringify({ urgent: true }) });
  expect(listed.body.find((row: { id: string }) => row.id === id)).toMatchObject({ enRetard: false });
  const [live] = await ctx.db.query("SELECT type, payload FROM live_events WHERE saisine_id = :id ORDER BY id DESC LIMIT 1", { replacements: { id } });
  expect(live).toEqual([{ type: 'saisine_statut', payload: expect.objectContaining({ status: 'recue', urgent: true }) }]);
});

test('only an urgent referral of one’s own court, by a clerk or prosecutor, with a CSRF token', async () => {
  const ordinary = await submitSaisine(ctx.app);
  expect((await takeIntoAccount(greffier, ordinary)).status).toBe(409);

  const paris = await submitSaisine(ctx.app, { ...URGENT, facts: PARIS_FACTS });
  expect((await takeIntoAccount(greffier, paris)).status).toBe(404);
  const analyste = await signIn(ctx.app, 'analyste@justice.test');
  expect((await takeIntoAccount(analyste, paris)).status).toBe(403);
  expect((await takeIntoAccount(greffier, 'pas-un-uuid')).status).toBe(404);
  const withoutToken = await greffier.agent.post(`/api/saisines/${paris}/prise-en-compte`).send({});
  expect(withoutToken.status).toBe(403);

  const [[row]] = (await ctx.db.query('SELECT first_ack_at FROM saisines WHERE id = :id', { replacements: { id: paris } })) as [[{ first_ack_at: Date | null }], unknown];
  expect(row.first_ack_at).toBeNull();
});

test('escalation repeats every interval until taken into account, one reminder per interval across processes', async () => {
  await ctx.db.query("UPDATE saisines SET first_ack_at = now() WHERE urgent AND first_ack_at IS NULL");
  const id = await submitSaisine(ctx.app, URGENT);
  const start = await receivedAt(id);
  const run = (minutes: number, context = ctx) => escalateOverdueUrgences(context.db, URL, { now: minutesAfter(start, minutes), repeatMinutes: 60 });

  expect(await run(119)).toBe(0);
  const first = await Promise.all([run(121), run(121, other)]);
  expect(first[0] + first[1]).toBe(1);
  expect(await run(150)).toBe(0);
  const second = await Promise.all([run(181), run(181, other)]);
  expect(second[0] + second[1]).toBe(1);
  expect(await run(200)).toBe(0);

  const reminders = await remindersOf(id);
  expect(reminders.events.map((event) => event.rank)).toEqual(['1', '2']);
  expect(reminders.mails).toEqual([
    { dedupe_key: `relance_permanence:${id}:1`, subject: expect.stringMatching(/^\[URGENT – EN RETARD\] Saisine IP-/) },
    { dedupe_key: `relance_permanence:${id}:2`, subject: expect.stringMatching(/RELANCE 2\] Saisine IP-/) },
  ]);

  expect((await takeIntoAccount(greffier, id)).status).toBe(200);
  expect(await run(300)).toBe(0);
  expect((await remindersOf(id)).events).toHaveLength(2);
  const detail = (await greffier.agent.get(`/api/saisines/${id}`)).body;
  expect(detail).toMatchObject({ urgenceEscalations: 2 });
  expect(detail.chain.ok).toBe(true);
});

test('a first court action also takes an urgent referral into account, and says who', async () => {
  const id = await submitSaisine(ctx.app, URGENT);
  const detail = await mustTransition(greffier, id, { to: 'enregistree', numeroParquet: '26/300/7' });
  expect(detail).toMatchObject({ firstAckAt: expect.any(String), firstAckByName: expect.any(String) });
  expect((await takeIntoAccount(greffier, id)).status).toBe(409);
  expect(await escalateOverdueUrgences(ctx.db, URL, { now: minutesAfter(await receivedAt(id), 500) })).toBe(0);
});
