import { validSubmission, TODAY } from './support/fixtures';
import { createTestContext, signIn, type TestContext } from './support/test-app';
import type { Session } from './support/workflow';

let ctx: TestContext;
let greffier: Session;
beforeAll(async () => {
  ctx = createTestContext();
  greffier = await signIn(ctx.app, 'greffier.blois@justice.test');
});
afterAll(() => ctx.close());

const daysAgo = (days: number) => {
  const date = new Date(`${TODAY}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - days);
  return date.toISOString().slice(0, 10);
};

const entry = (overrides: Record<string, unknown> = {}) => ({ ...validSubmission(), channel: 'papier', receivedDate: daysAgo(3), ...overrides });
const post = (session: Session, body: unknown) => session.agent.post('/api/saisines').set('X-CSRF-Token', session.csrfToken).send(body as object);

async function mailsOf(saisineId: string) {
  const [rows] = await ctx.db.query('SELECT kind, to_address FROM outbox_mails WHERE saisine_id = :saisineId ORDER BY kind', {
    replacements: { saisineId },
  });
  return rows as Array<{ kind: string; to_address: string }>;
}

test('a paper letter without e-mail address: recorded for the clerk’s court, dated from its receipt, no acknowledgement mailed', async () => {
  const sender = { ...validSubmission().sender, email: '' };
  const response = await post(greffier, entry({ sender }));
  expect(response.status).toBe(201);
  expect(response.body.reference).toMatch(/^IP-\d{4}-\d{6}$/);

  const detail = (await greffier.agent.get(`/api/saisines/${response.body.id}`)).body;
  expect(detail).toMatchObject({ channel: 'papier', juridictionId: 'tj-blois', status: 'recue', senderEmail: '', ackDeliveredAt: null });
  expect(new Date(detail.receivedAt).toISOString().slice(0, 10)).toBe(daysAgo(3));
  expect(detail.events[0]).toMatchObject({
    type: 'creation',
    actorType: 'user',
    reason: expect.stringMatching(/^Saisie par .+ \(courrier papier\)$/),
    payload: expect.objectContaining({ channel: 'papier' }),
  });
  expect(detail.chain.ok).toBe(true);
  expect((await mailsOf(response.body.id)).map((mail) => mail.kind)).toEqual(['notification_bureau_ordre']);
});

test('an e-mail received today, urgent: the sender gets the acknowledgement, the permanence is told, the list filters it by channel', async () => {
  const response = await post(greffier, entry({ channel: 'courriel', receivedDate: TODAY, urgent: true, urgencyReason: 'Personne en danger' }));
  expect(response.status).toBe(201);
  expect(Date.now() - new Date(response.body.receivedAt).getTime()).toBeLessThan(60_000);
  const mails = await mailsOf(response.body.id);
  expect(mails.map((mail) => mail.kind)).toEqual(['accuse_reception', 'notification_bureau_ordre', 'notification_permanence']);
  expect(mails[0].to_address).toBe('camille.martin@dgfip.finances.gouv.fr');

  const list = await greffier.agent.get('/api/saisines').query({ filter: JSON.stringify({ channel: 'courriel' }) });
  expect(list.body.map((row: { id: string }) => row.id)).toEqual([response.body.id]);
  expect(list.body[0].channel).toBe('courriel');
});

test('the court is always the clerk’s own, whatever the commune or the body says', async () => {
  const paris = await signIn(ctx.app, 'greffier.paris@justice.test');
  const response = await post(paris, entry({ juridictionId: 'tj-blois' }));
  expect(response.status).toBe(201);
  expect(response.body.juridiction.id).toBe('tj-paris');
  expect((await greffier.agent.get(`/api/saisines/${response.body.id}`)).status).toBe(404);
});

test('invalid entries are 400s by field and create nothing; only clerks may enter one', async () => {
  const [[before]] = (await ctx.db.query('SELECT count(*)::int AS n FROM saisines')) as [[{ n: number }], unknown];
  const future = await post(greffier, entry({ receivedDate: '2999-01-01' }));
  expect(future.status).toBe(400);
  expect(future.body.errors.receivedDate).toMatch(/futur/);
  const channel = await post(greffier, entry({ channel: 'formulaire' }));
  expect(channel.body.errors.channel).toMatch(/Canal invalide/);
  const facts = await post(greffier, entry({ facts: { ...validSubmission().facts, narrative: 'court' } }));
  expect(facts.body.errors['facts.narrative']).toMatch(/20 caractères/);
  const noDate = await post(greffier, { ...validSubmission(), channel: 'papier' });
  expect(noDate.body.errors.receivedDate).toBeDefined();

  const magistrat = await signIn(ctx.app, 'magistrat.blois@justice.test');
  expect((await post(magistrat, entry())).status).toBe(403);
  const admin = await signIn(ctx.app, 'admin@justice.test');
  expect((await post(admin, entry())).status).toBe(403);
  expect((await greffier.agent.post('/api/saisines').send(entry())).status).toBe(403);

  const [[after]] = (await ctx.db.query('SELECT count(*)::int AS n FROM saisines')) as [[{ n: number }], unknown];
  expect(after.n).toBe(before.n);
});
