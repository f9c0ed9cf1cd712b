import { createTestContext, signIn, type TestContext } from './support/test-app';
import { mustTransition, submitSaisine } from './support/workflow';
import { escalateOverdueUrgences } from '../src/jobs/urgency-escalation';

let ctx: TestContext;
let other: TestContext;
beforeAll(() => {
  ctx = createTestContext();
  // A second "process": its own connection pool on the same database.
  other = createTestContext();
});
afterAll(async () => {
  await ctx.close();
  await other.close();
});

const URGENT = { urgent: true, urgencyReason: 'Personne en danger' };

/** Moves a referral's arrival into the past (the trigger-free columns only). */
async function receivedMinutesAgo(id: string, minutes: number) {
  await ctx.db.query(`UPDATE saisines SET received_at = now() - make_interval(mins => :minutes) WHERE id = :id`, {
    replacements: { id, minutes },
  });
}

async function escalationsOf(id: string) {
  const [events] = await ctx.db.query("SELECT reason FROM saisine_events WHERE saisine_id = :id AND type = 'escalade'", { replacements: { id } });
  const [mails] = await ctx.db.query("SELECT to_address, subject FROM outbox_mails WHERE dedupe_key LIKE 'relance_permanence:' || :id || ':%' ORDER BY dedupe_key", {
    replacements: { id },
  });
  return { events: events as Array<{ reason: string }>, mails: mails as Array<{ to_address: string; subject: string }> };
}

test('an urgent referral left waiting past its court’s target is escalated once, even by two concurrent runs', async () => {
  const [[court]] = (await ctx.db.query("SELECT urgence_delai_minutes, email_permanence FROM juridictions WHERE id = 'tj-blois'")) as [
    [{ urgence_delai_minutes: number; email_permanence: string }],
    unknown,
  ];
  expect(court.urgence_delai_minutes).toBe(120);
  const late = await submitSaisine(ctx.app, URGENT);
  const onTime = await submitSaisine(ctx.app, URGENT);
  const lateButRegistered = await submitSaisine(ctx.app, URGENT);
  const notUrgent = await submitSaisine(ctx.app);
  await receivedMinutesAgo(late, 121);
  await receivedMinutesAgo(onTime, 119);
  await receivedMinutesAgo(lateButRegistered, 200);
  await receivedMinutesAgo(notUrgent, 500);
  await mustTransition(await signIn(ctx.app, 'greffier.blois@justice.test'), lateButRegistered, { to: 'enregistree', numeroParquet: '26/002/1' });

  const greffier = await signIn(ctx.app, 'greffier.blois@justice.test');
  const listed = async () => {
    const response = await greffier.agent.get('/api/saisines').query({ filter: JSON.stringify({ urgent: true }) });
    return Object.fromEntries(response.body.map((row: { id: string; enRetard: boolean }) => [row.id, row.enRetard]));
  };
  expect(await listed()).toMatchObject({ [late]: true, [onTime]: false, [lateButRegistered]: false });

  const runs = await Promise.all([
    escalateOverdueUrgences(ctx.db, 'http://localhost:3000'),
    escalateOverdueUrgences(other.db, 'http://localhost:3000'),
  ]);
  expect(runs.reduce((sum, n) => sum + n, 0)).toBe(1);
  expect(await escalateOverdueUrgences(ctx.db, 'http://localhost:3000')).toBe(0);

  const escalated = await escalationsOf(late);
  expect(escalated.events).toEqual([{ reason: expect.stringMatching(/délai cible de 120 minutes/) }]);
  expect(escalated.mails).toEqual([{ to_address: court.email_permanence, subject: expect.stringMatching(/EN RETARD.*IP-/) }]);
  for (const id of [onTime, lateButRegistered, notUrgent]) expect(await escalationsOf(id)).toEqual({ events: [], mails: [] });

  const detail = (await greffier.agent.get(`/api/saisines/${late}`)).body;
  expect(detail).toMatchObject({ enRetard: true, urgenceDelaiMinutes: 120, urgenceEscalatedAt: expect.any(String) });
  expect(detail.chain.ok).toBe(true);
  expect(detail.events.at(-1)).toMatchObject({ type: 'escalade', actorType: 'system' });
});

test('the target is the court’s own setting', async () => {
  await ctx.db.query("UPDATE juridictions SET urgence_delai_minutes = 30 WHERE id = 'tj-blois'");
  const id = await submitSaisine(ctx.app, URGENT);
  await receivedMinutesAgo(id, 31);
  // This one, and the previous test's 119-minute one, now past the shorter target.
  expect(await escalateOverdueUrgences(ctx.db, 'http://localhost:3000')).toBe(2);
  expect((await escalationsOf(id)).events).toEqual([{ reason: expect.stringMatching(/30 minutes/) }]);
});
