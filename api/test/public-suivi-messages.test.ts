import request from 'supertest';
import { CLASSEMENT_RECOURS_MENTION, SUIVI_CLOSED_MESSAGE } from '@info-parquet/common';
import { validSubmission } from './support/fixtures';
import { createTestContext, signIn, type TestContext } from './support/test-app';
import { mustTransition, type Session } from './support/workflow';
import { samplePdf } from './support/sample-files';

let ctx: TestContext;
let greffier: Session;
let magistrat: Session;
let magistratId: string;

beforeAll(async () => {
  ctx = createTestContext();
  [greffier, magistrat] = await Promise.all([
    signIn(ctx.app, 'greffier.blois@justice.test'),
    signIn(ctx.app, 'magistrat.blois@justice.test'),
  ]);
  magistratId = magistrat.user.id;
});
afterAll(() => ctx.close());

async function newSaisine(email = 'camille.martin@dgfip.finances.gouv.fr') {
  const base = validSubmission();
  const response = await request(ctx.app)
    .post('/api/public/saisines')
    .send({ ...base, sender: { ...base.sender, email } });
  expect(response.status).toBe(201);
  const suiviPath = new URL(response.body.trackingUrl as string).pathname.replace('/suivi/', '/api/public/suivi/');
  return { id: response.body.id as string, reference: response.body.reference as string, suiviPath };
}

async function mails(saisineId: string, kind: string) {
  const [rows] = await ctx.db.query(
    'SELECT to_address, subject, text_body FROM outbox_mails WHERE saisine_id = :saisineId AND kind = :kind ORDER BY created_at',
    { replacements: { saisineId, kind } },
  );
  return rows as Array<{ to_address: string; subject: string; text_body: string }>;
}

async function events(saisineId: string) {
  const [rows] = await ctx.db.query(
    'SELECT type, actor_type, from_status, to_status, payload FROM saisine_events WHERE saisine_id = :saisineId ORDER BY seq',
    { replacements: { saisineId } },
  );
  return rows as Array<{ type: string; actor_type: string; from_status: string | null; to_status: string | null; payload: Record<string, unknown> }>;
}

async function upload() {
  const response = await request(ctx.app).post('/api/public/pieces-jointes').attach('fichier', await samplePdf(), 'complement.pdf');
  expect(response.status).toBe(201);
  return response.body.id as string;
}

describe('the sender answers through the tracking link', () => {
  test('an answer to a request for more: events, court notice, mail to the sender, back to the status before the request', async () => {
    const { id, suiviPath } = await newSaisine();
    await mustTransition(greffier, id, { to: 'enregistree', numeroParquet: '26/211/1' });
    await mustTransition(greffier, id, { to: 'attribuee', assigneeId: magistratId });
    await mustTransition(magistrat, id, { to: 'complement_demande', message: 'Merci de joindre le procès-verbal du 14 septembre.' });

    const [request1] = await mails(id, 'demande_complement');
    expect(request1.to_address).toBe('camille.martin@dgfip.finances.gouv.fr');
    expect(request1.text_body).toContain('Merci de joindre le procès-verbal du 14 septembre.');
    expect(request1.text_body).toContain('accusé de réception');

    const before = await request(ctx.app).get(suiviPath);
    expect(before.body.thread).toEqual([
      expect.objectContaining({ from: 'parquet', message: 'Merci de joindre le procès-verbal du 14 septembre.' }),
    ]);
    expect(JSON.stringify(before.body.thread)).not.toContain('magistrat');

    const pieceId = await upload();
    const answer = await request(ctx.app).post(`${suiviPath}/messages`).send({ message: 'Voici le procès-verbal.', attachmentIds: [pieceId] });
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ status: 'attribuee' });

    const chain = await events(id);
    const tail = chain.slice(-3);
    expect(tail.map((e) => [e.type, e.actor_type])).toEqual([
      ['message', 'sender'],
      ['piece_ajoutee', 'sender'],
      ['transition', 'system'],
    ]);
    expect(tail[0].payload.message).toBe('Voici le procès-verbal.');
    expect(tail[2]).toMatchObject({ from_status: 'complement_demande', to_status: 'attribuee' });

    const notices = await mails(id, 'message_expediteur');
    expect(notices).toHaveLength(1);
    expect(notices[0].to_address).toMatch(/@/);
    expect(notices[0].text_body).toContain('revient dans la file');

    const after = await request(ctx.app).get(suiviPath);
    expect(after.body.status).toBe('attribuee');
    expect(after.body.thread.map((m: { from: string }) => m.from)).toEqual(['parquet', 'expediteur']);
    expect(after.body.thread[1].pieces).toEqual([expect.objectContaining({ originalName: 'complement.pdf' })]);

    const [[{ count }]] = (await ctx.db.query(
      'SELECT count(*)::int AS count FROM pieces_jointes WHERE saisine_id = :id',
      { replacements: { id } },
    )) as [[{ count: number }], unknown];
    expect(count).toBe(1);
  });

  test('a request made before registration goes back to « reçue »', async () => {
    const { id, suiviPath } = await newSaisine();
    await mustTransition(greffier, id, { to: 'complement_demande', message: 'Précisez la date des faits.' });
    const answer = await request(ctx.app).post(`${suiviPath}/messages`).send({ message: 'Le 14 septembre 2026.' });
    expect(answer.status).toBe(201);
    expect(answer.body.status).toBe('recue');
  });

  test('a message outside a request: an event and a notice, the status unchanged', async () => {
    const { id, suiviPath } = await newSaisine();
    const answer = await request(ctx.app).post(`${suiviPath}/messages`).send({ message: 'Un élément nouveau.' });
    expect(answer.status).toBe(201);
    expect(answer.body.status).toBe('recue');
    expect((await events(id)).at(-1)).toMatchObject({ type: 'message', actor_type: 'sender' });
    expect(await mails(id, 'message_expediteur')).toHaveLength(1);
  });

  test('invalid messages: empty, too long, unknown attachment', async () => {
    const { suiviPath } = await newSaisine();
    expect((await request(ctx.app).post(`${suiviPath}/messages`).send({ message: '  ' })).status).toBe(400);
    expect((await request(ctx.app).post(`${suiviPath}/messages`).send({ message: 'x'.repeat(5001) })).status).toBe(400);
    const unknown = await request(ctx.app)
      .post(`${suiviPath}/messages`)
      .send({ message: 'ok', attachmentIds: ['00000000-0000-4000-8000-000000000000'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors).toHaveProperty('attachmentIds');
  });

  test('the 100 MB per referral still holds for later additions', async () => {
    const { id, suiviPath } = await newSaisine();
    await ctx.db.query(
      `INSERT INTO pieces_jointes (saisine_id, original_name, mime_type, size_bytes, sha256, storage_key, attached_at)
       VALUES (:id, 'gros.pdf', 'application/pdf', 100 * 1024 * 1024 - 10, repeat('a', 64), 'test/' || gen_random_uuid(), now())`,
      { replacements: { id } },
    );
    const pieceId = await upload();
    const answer = await request(ctx.app).post(`${suiviPath}/messages`).send({ message: 'Encore une pièce.', attachmentIds: [pieceId] });
    expect(answer.status).toBe(413);
  });

  test('a wrong token is a 404', async () => {
    const wrong = '/api/public/suivi/' + 'A'.repeat(43) + '/messages';
    expect((await request(ctx.app).post(wrong).send({ message: 'Bonjour' })).status).toBe(404);
    expect((await request(ctx.app).post('/api/public/suivi/court/messages').send({ message: 'Bonjour' })).status).toBe(404);
  });

  test('once closed: 409 with a clear message; the decision mail tells the reason and the appeal', async () => {
    const { id, suiviPath } = await newSaisine();
    await mustTransition(greffier, id, { to: 'enregistree', numeroParquet: '26/211/9' });
    await mustTransition(magistrat, id, { to: 'decidee', decision: 'classement', classementReason: 'auteur_inconnu' });
    await mustTransition(greffier, id, { to: 'cloturee' });

    const [decision] = await mails(id, 'decision_communiquee');
    expect(decision.to_address).toBe('camille.martin@dgfip.finances.gouv.fr');
    expect(decision.text_body).toContain('Classement sans suite');
    expect(decision.text_body).toContain('Auteur inconnu');
    expect(decision.text_body).toContain(CLASSEMENT_RECOURS_MENTION);

    const closed = await request(ctx.app).post(`${suiviPath}/messages`).send({ message: 'Encore un mot.' });
    expect(closed.status).toBe(409);
    expect(closed.body.message).toBe(SUIVI_CLOSED_MESSAGE);
    expect((await request(ctx.app).get(suiviPath)).body.canAddMessage).toBe(false);
  });
});
