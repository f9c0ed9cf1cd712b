import request from 'supertest';
import { validSubmission } from './support/fixtures';
import { createTestContext, type TestContext } from './support/test-app';
import { textAsSent } from './support/outbox-secrets';

let ctx: TestContext;

beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

async function submitFrom(email: string) {
  const base = validSubmission();
  const response = await request(ctx.app).post('/api/public/saisines').send({ ...base, sender: { ...base.sender, email } });
  expect(response.status).toBe(201);
  return response.body as { id: string; reference: string; trackingUrl: string };
}

/** The mails as they will be sent: their tracking links are sealed in the outbox (mail-secrets.ts). */
async function linksMails(to: string) {
  const [rows] = await ctx.db.query(
    `SELECT id FROM outbox_mails WHERE kind = 'liens_de_suivi' AND to_address = :to ORDER BY created_at`,
    { replacements: { to } },
  );
  return Promise.all((rows as Array<{ id: string }>).map(async ({ id }) => ({ text_body: await textAsSent(ctx.db, id) })));
}

const ask = (email: string) => request(ctx.app).post('/api/public/liens-de-suivi').send({ email });

describe('« lien perdu » : new tracking links by e-mail', () => {
  test('the same answer, in about the same time, for a known and an unknown address', async () => {
    await submitFrom('agent.connu@dgfip.finances.gouv.fr');
    const t0 = Date.now();
    const known = await ask('Agent.Connu@dgfip.finances.gouv.fr');
    const t1 = Date.now();
    const unknown = await ask('personne@nulle-part.gouv.fr');
    const t2 = Date.now();
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(known.body).toEqual(unknown.body);
    expect(Math.abs(t1 - t0 - (t2 - t1))).toBeLessThan(250);
    expect(await linksMails('personne@nulle-part.gouv.fr')).toHaveLength(0);
  });

  test('the mail lists every referral of the address with a new link; old and new links work', async () => {
    const email = 'camille.durand@inspection-travail.gouv.fr';
    const first = await submitFrom(email);
    const second = await submitFrom(email);
    expect((await ask(email)).status).toBe(202);
    const [mail] = await linksMails(email);
    expect(mail.text_body).toContain(first.reference);
    expect(mail.text_body).toContain(second.reference);
    const links = mail.text_body.match(/http\S+\/suivi\/[A-Za-z0-9_-]{43}/g) ?? [];
    expect(links).toHaveLength(2);
    expect(links).not.toContain(first.trackingUrl);
    for (const link of [...links, first.trackingUrl, second.trackingUrl]) {
      const path = new URL(link).pathname.replace('/suivi/', '/api/public/suivi/');
      const suivi = await request(ctx.app).get(path);
      expect(suivi.status).toBe(200);
      expect([first.reference, second.reference]).toContain(suivi.body.reference);
    }
  });

  test('three requests an hour per address, then 429; an invalid address is a 400', async () => {
    const email = 'limite@dgccrf.finances.gouv.fr';
    for (let i = 0; i < 3; i++) expect((await ask(email)).status).toBe(202);
    const refused = await ask(email);
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect((await ask('pas-une-adresse')).status).toBe(400);
  });
});
