import request from 'supertest';
import type { Database } from '../src/db/database';
import { createTestContext, signIn, type TestContext } from './support/test-app';
import { validSubmission } from './support/fixtures';
import { startSmtpServer } from './support/smtp-server';
import { binary, samplePdf } from './support/sample-files';
import { readPdf } from './support/pdf-reader';
import { PDFName } from 'pdf-lib';
import { createDatabase } from '../src/db/database';
import { createOutboxWorker, type OutboxWorker } from '../src/mail/outbox-worker';
import { textAsSent } from './support/outbox-secrets';
import { attachmentAssociatedData, open } from '../src/mail/mail-secrets';

let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

interface OutboxRow {
  id: string;
  kind: string;
  to_address: string;
  subject: string;
  text_body: string;
  status: string;
  attempts: number;
  sent_at: Date | null;
  last_error: string | null;
  next_attempt_at: Date;
}

async function mailsOf(saisineId: string): Promise<OutboxRow[]> {
  const [rows] = await ctx.db.query('SELECT * FROM outbox_mails WHERE saisine_id = :saisineId ORDER BY kind', {
    replacements: { saisineId },
  });
  return rows as OutboxRow[];
}

const submit = (body: object) => request(ctx.app).post('/api/public/saisines').send(body);

const startSmtp = startSmtpServer;

const mailIdOf = (raw: string) => /X-Info-Parquet-Mail: ([0-9a-f-]{36})/.exec(raw)?.[1];

describe('outbox written with the referral', () => {
  test('acknowledgement (PDF attached) to the agent and notice to the bureau d’ordre; permanence only when urgent', async () => {
    const normal = await submit(validSubmission());
    expect(normal.status).toBe(201);
    const mails = await mailsOf(normal.body.id);
    expect(mails.map((m) => [m.kind, m.to_address, m.status, m.attempts])).toEqual([
      ['accuse_reception', 'camille.martin@dgfip.finances.gouv.fr', 'en_attente', 0],
      ['notification_bureau_ordre', 'bureau-ordre.blois@justice.test', 'en_attente', 0],
    ]);
    const ack = mails[0];
    expect(ack.subject).toBe(`Accusé de réception de votre saisine ${normal.body.reference}`);
    expect(ack.text_body).toContain(`Référence : ${normal.body.reference}`);
    // The court's name once, its address on the next line; the kind's own brackets not followed by more.
    expect(ack.text_body).toContain(
      'Parquet destinataire : Tribunal judiciaire de Blois\n41000 Blois\nNature : Signalement (article 40 du code de procédure pénale)\n',
    );
    expect(ack.text_body).toMatch(/Reçue le : \d{1,2} [a-zéû]+ \d{4} à \d{2}:\d{2}:\d{2} \(heure de Paris\)/);
    // The tracking link is a bearer secret: sealed apart, a placeholder in the stored body.
    expect(ack.text_body).not.toContain(normal.body.trackingUrl.split('/').pop());
    expect(ack.text_body).toContain('⟦secret:lien_de_suivi⟧');
    expect(await textAsSent(ctx.db, ack.id)).toContain(normal.body.trackingUrl);
    expect(ack.text_body).toContain('article 40 du code de procédure pénale');
    const [attachments] = (await ctx.db.query(
      'SELECT position, filename, content_type, sealed, content FROM outbox_mail_attachments WHERE mail_id = :id',
      { replacements: { id: ack.id } },
    )) as [Array<{ position: number; filename: string; content_type: string; sealed: boolean; content: Buffer }>, unknown];
    expect(attachments.map(({ content: _content, ...rest }) => rest)).toEqual([
      // The PDF prints the tracking link: it is sealed too.
      { position: 0, filename: `accuse-reception-${normal.body.reference}.pdf`, content_type: 'application/pdf', sealed: true },
    ]);
    expect(attachments[0].content.subarray(0, 5).toString('latin1')).not.toBe('%PDF-');
    expect(open(attachments[0].content, attachmentAssociatedData(ack.id, 0)).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    // The court's notice says where to look, not what the referral contains.
    expect(mails[1].text_body).not.toContain('SARL Exemple');
    expect(mails[1].text_body).not.toContain('factures fictives');

    const urgent = await submit(validSubmission({ urgent: true, urgencyReason: 'Risque de disparition des preuves' }));
    const urgentMails = await mailsOf(urgent.body.id);
    expect(urgentMails.map((m) => [m.kind, m.to_address])).toEqual([
      ['accuse_reception', 'camille.martin@dgfip.finances.gouv.fr'],
      ['notification_bureau_ordre', 'bureau-ordre.blois@justice.test'],
      ['notification_permanence', 'permanence.blois@justice.test'],
    ]);
    expect(urgentMails[0].text_body).toContain('Nature : Signalement (article 40 du code de procédure pénale) — urgente\n');
    expect(urgentMails[0].text_body).not.toContain(') (');
    expect(urgentMails[2].subject).toBe(`[URGENT] Saisine urgente ${urgent.body.reference} : Risque de disparition des preuves`);
  });

  test('a rejected submission writes no mail; an idempotent replay writes none more', async () => {
    const count = async () => {
      const [[{ n }]] = (await ctx.db.query('SELECT count(*)::int AS n FROM outbox_mails')) as [[{ n: number }], unknown];
      return n;
    };
    const before = await count();
    expect((await submit(validSubmission({ kind: 'lettre' }))).status).toBe(400);
    // Fails late, inside the transaction: the attachment does not exist.
    expect((await submit(validSubmission({ attachmentIds: ['00000000-0000-4000-8000-000000000000'] }))).status).toBe(400);
    expect(await count()).toBe(before);

    const key = 'outbox-replay-0001';
    const first = await request(ctx.app).post('/api/public/saisines').set('Idempotency-Key', key).send(validSubmission());
    const replay = await request(ctx.app).post('/api/public/saisines').set('Idempotency-Key', key).send(validSubmission());
    expect(replay.headers['idempotent-replayed']).toBe('true');
    expect(replay.body.id).toBe(first.body.id);
    expect(await count()).toBe(before + 2);
  });

  test('GET /api/outbox: the national administrator reads the outbox (simple-rest), tracking links masked', async () => {
    const submitted = await submit(validSubmission());
    const token = submitted.body.trackingUrl.split('/').pop();
    const admin = await signIn(ctx.app, 'admin@justice.test');
    const list = await admin.agent
      .get('/api/outbox')
      .query({ filter: JSON.stringify({ saisineId: submitted.body.id }), sort: JSON.stringify(['kind', 'ASC']), range: '[0,9]' });
    expect(list.status).toBe(200);
    expect(list.headers['content-range']).toBe('outbox 0-1/2');
    expect(list.body.map((m: { kind: string }) => m.kind)).toEqual(['accuse_reception', 'notification_bureau_ordre']);
    expect(list.body[0]).toMatchObject({ to: 'camille.martin@dgfip.finances.gouv.fr', status: 'en_attente', attempts: 0, sentAt: null });
    expect(list.body[0].attachments).toEqual([
      { filename: `accuse-reception-${submitted.body.reference}.pdf`, contentType: 'application/pdf', sizeBytes: expect.any(Number) },
    ]);
    expect(JSON.stringify(list.body)).not.toContain(token);
    expect(list.body[0].text).toContain('⟦secret:lien_de_suivi⟧');
    const one = await admin.agent.get(`/api/outbox/${list.body[0].id}`);
    expect(one.body.subject).toBe(list.body[0].subject);

    expect((await admin.agent.get('/api/outbox').query({ filter: '{"status":"perdu"}' })).status).toBe(400);
    expect((await admin.agent.get('/api/outbox').query({ sort: '["to_address","ASC"]' })).status).toBe(400);
    const clerk = await signIn(ctx.app, 'greffier.blois@justice.test');
    expect((await clerk.agent.get('/api/outbox')).status).toBe(403);
    expect((await request(ctx.app).get('/api/outbox')).status).toBe(401);
  });
});

describe('the PDF acknowledgement', () => {
  test('served with the tracking token, parses, and states the reference, court and each document’s SHA-256', async () => {
    const pdf = await samplePdf();
    const uploaded = (await request(ctx.app).post('/api/public/pieces-jointes').attach('fichier', pdf, 'pv.pdf')).body;
    const submitted = await submit(validSubmission({ attachmentIds: [uploaded.id] }));
    const { pdfUrl } = submitted.body.acknowledgement;
    expect(pdfUrl).toMatch(/^http:\/\/localhost:3000\/api\/public\/suivi\/[A-Za-z0-9_-]{43}\/accuse-reception\.pdf$/);

    const response = await request(ctx.app).get(new URL(pdfUrl).pathname).buffer(true).parse(binary);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toBe('application/pdf');
    expect(response.headers['content-disposition']).toBe(`attachment; filename=accuse-reception-${submitted.body.reference}.pdf`);
    const bytes = response.body as Buffer;
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const { doc, text, structure, fonts } = await readPdf(bytes);
    expect(doc.getTitle()).toBe(`Accusé de réception de la saisine ${submitted.body.reference}`);
    expect(text).toContain(`Saisine ${submitted.body.reference}`);
    expect(text).toContain('Parquet destinataire\nTribunal judiciaire de Blois\n41000 Blois\n');
    expect(text).not.toContain('Parquet du Tribunal');
    expect(text).toContain('Camille Martin, Inspectrice des finances publiques\nDirection départementale');
    expect(text).not.toContain('?');
    expect(text).toContain(`SHA-256 : ${uploaded.sha256}`);
    expect(text).toMatch(/\(heure de Paris\)/);
    expect(text).toContain('article 40 du code de proc');

    // Accessible: tagged in reading order, in French, its title shown, its fonts embedded.
    const catalog = (name: string) => doc.catalog.get(PDFName.of(name));
    expect(String(catalog('Lang'))).toBe('(fr-FR)');
    expect(String(doc.context.lookup(catalog('MarkInfo')))).toMatch(/\/Marked true/);
    expect(String(doc.context.lookup(catalog('ViewerPreferences')))).toMatch(/\/DisplayDocTitle true/);
    expect(structure.slice(0, 3)).toEqual(['Document', 'H1', 'P']);
    expect(structure.filter((type) => type === 'H2')).toHaveLength(7);
    expect(structure).toEqual(expect.arrayContaining(['Sect', 'L', 'LI', 'LBody']));
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.every((font) => font.embedded)).toBe(true);

    expect((await request(ctx.app).get(`/api/public/suivi/${'A'.repeat(43)}/accuse-reception.pdf`)).status).toBe(404);
  });
});

describe('the outbox worker', () => {
  let others: Database[] = [];
  let workers: OutboxWorker[] = [];
  afterEach(async () => {
    await Promise.all(workers.map((worker) => worker.stop()));
    await Promise.all(others.map((db) => db.close()));
    workers = [];
    others = [];
  });

  /** A worker on its own connection pool, as in another API process. */
  function worker(smtpUrl: string, backoffBaseMs = 60_000) {
    const db = createDatabase(process.env.DATABASE_URL!, { max: 3 });
    others.push(db);
    const created = createOutboxWorker({ db, smtpUrl, from: 'Info Parquet <ne-pas-repondre@justice.test>', backoffBaseMs, log: () => undefined });
    workers.push(created);
    return created;
  }

  async function pendingIds(): Promise<string[]> {
    const [rows] = await ctx.db.query(`SELECT id FROM outbox_mails WHERE status = 'en_attente'`);
    return (rows as Array<{ id: string }>).map((r) => r.id);
  }

  test('two workers at once send every mail exactly once to a real SMTP server', async () => {
    await submit(validSubmission());
    await submit(validSubmission({ urgent: true, urgencyReason: 'Personne en danger' }));
    const due = await pendingIds();
    expect(due.length).toBeGreaterThanOrEqual(5);
    const smtp = await startSmtp({ delayMs: 30 });
    try {
      const [a, b] = [worker(smtp.url), worker(smtp.url)];
      const handled = await Promise.all([a.drain(), b.drain()]);
      expect(handled[0] + handled[1]).toBe(due.length);
      const ids = smtp.received.map(mailIdOf);
      expect(ids.sort()).toEqual([...due].sort());
      const [rows] = await ctx.db.query('SELECT status, attempts, sent_at FROM outbox_mails WHERE id IN (:due)', { replacements: { due } });
      for (const mail of rows as OutboxRow[]) expect(mail).toMatchObject({ status: 'envoye', attempts: 1, sent_at: expect.any(Date) });
      // Nothing left to send: running again sends nothing.
      expect(await a.drain()).toBe(0);
      expect(smtp.received).toHaveLength(due.length);

      const ack = smtp.received.find((raw) => raw.includes('Subject: =?UTF-8?') && raw.includes('application/pdf'));
      expect(ack).toBeDefined();
      expect(ack).toMatch(/To: camille\.martin@dgfip\.finances\.gouv\.fr/);
      expect(ack).toMatch(/filename=accuse-reception-IP-\d{4}-\d{6}\.pdf/);
    } finally {
      await smtp.close();
    }
  });

  test('the tracking link never rests in clear: sealed before sending, gone from every column once sent', async () => {
    const submitted = await submit(validSubmission({ attachmentIds: [] }));
    const token: string = submitted.body.trackingUrl.split('/').pop();
    /** Rows of outbox_mails (every column, as text and as bytes) and of its attachments that hold the token. */
    const leaks = async () => {
      const [[counts]] = (await ctx.db.query(
        `SELECT (SELECT count(*)::int FROM outbox_mails m
                  WHERE strpos(m::text, :token) > 0 OR strpos(encode(m.sealed_secrets, 'escape'), :token) > 0) AS mails,
                (SELECT count(*)::int FROM outbox_mail_attachments a
                  WHERE strpos(encode(a.content, 'escape'), :token) > 0 OR strpos(a::text, :token) > 0) AS attachments`,
        { replacements: { token } },
      )) as [[{ mails: number; attachments: number }], unknown];
      return counts;
    };
    const sealedState = async () => {
      const [rows] = await ctx.db.query(
        `SELECT m.kind, m.sealed_secrets IS NOT NULL AS sealed, a.sealed AS attachment_sealed, octet_length(a.content) AS attachment_bytes
         FROM outbox_mails m LEFT JOIN outbox_mail_attachments a ON a.mail_id = m.id WHERE m.saisine_id = :id ORDER BY m.kind`,
        { replacements: { id: submitted.body.id } },
      );
      return rows;
    };
    expect(await leaks()).toEqual({ mails: 0, attachments: 0 });
    expect(await sealedState()).toEqual([
      { kind: 'accuse_reception', sealed: true, attachment_sealed: true, attachment_bytes: expect.any(Number) },
      { kind: 'notification_bureau_ordre', sealed: false, attachment_sealed: null, attachment_bytes: null },
    ]);
    // The administrator's screen sees the placeholder, never the link.
    const admin = await signIn(ctx.app, 'admin@justice.test');
    const listed = await admin.agent.get('/api/outbox').query({ filter: JSON.stringify({ saisineId: submitted.body.id }) });
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect(JSON.stringify(listed.body)).not.toMatch(/sealed/i);

    const smtp = await startSmtp();
    try {
      await worker(smtp.url).drain();
      const ack = smtp.received.find((raw) => raw.includes('application/pdf'))!;
      // The sender does receive the link (quoted-printable soft line breaks removed).
      expect(ack.replace(/=\r?\n/g, '')).toContain(`/suivi/${token}`);
    } finally {
      await smtp.close();
    }
    expect(await leaks()).toEqual({ mails: 0, attachments: 0 });
    expect(await sealedState()).toEqual([
      { kind: 'accuse_reception', sealed: false, attachment_sealed: true, attachment_bytes: 0 },
      { kind: 'notification_bureau_ordre', sealed: false, attachment_sealed: null, attachment_bytes: null },
    ]);
    // The attachment's name and size stay on the administrator's screen.
    const after = await admin.agent.get('/api/outbox').query({ filter: JSON.stringify({ saisineId: submitted.body.id, status: 'envoye', kind: 'accuse_reception' }) });
    expect(after.body[0].attachments[0]).toEqual({ filename: expect.stringMatching(/^accuse-reception-/), contentType: 'application/pdf', sizeBytes: expect.any(Number) });
    expect(after.body[0].attachments[0].sizeBytes).toBeGreaterThan(1000);
  });

  test('a sealed secret opens only with its mail: moved to another mail, it fails and the mail is set aside', async () => {
    const first = await submit(validSubmission());
    const second = await submit(validSubmission());
    const [ackA] = await mailsOf(first.body.id);
    const [ackB] = await mailsOf(second.body.id);
    await ctx.db.query(
      `UPDATE outbox_mails SET sealed_secrets = (SELECT sealed_secrets FROM outbox_mails WHERE id = :a), next_attempt_at = now() - interval '1 hour' WHERE id = :b`,
      { replacements: { a: ackA.id, b: ackB.id } },
    );
    const smtp = await startSmtp();
    try {
      await worker(smtp.url).drain();
      expect(smtp.received.map(mailIdOf)).not.toContain(ackB.id);
    } finally {
      await smtp.close();
    }
    const [b] = await mailsOf(second.body.id);
    expect(b).toMatchObject({ status: 'echec', last_error: expect.stringMatching(/^Secrets du courriel illisibles/) });
  });

  test('a refused mail is retried later with backoff, then sent once', async () => {
    const submitted = await submit(validSubmission());
    const ids = (await mailsOf(submitted.body.id)).map((m) => m.id);
    let refusals = 0;
    const smtp = await startSmtp({ refuse: () => refusals++ < ids.length });
    try {
      const w = worker(smtp.url, 60_000);
      expect(await w.drain()).toBe(ids.length);
      expect(smtp.received).toHaveLength(0);
      let mails = await mailsOf(submitted.body.id);
      for (const mail of mails) {
        expect(mail).toMatchObject({ status: 'en_attente', attempts: 1, sent_at: null });
        expect(mail.last_error).toMatch(/451/);
        expect(new Date(mail.next_attempt_at).getTime() - Date.now()).toBeGreaterThan(50_000);
      }
      // Not due yet: nothing is attempted.
      expect(await w.runOnce()).toBe(false);

      await ctx.db.query('UPDATE outbox_mails SET next_attempt_at = now() WHERE id IN (:ids)', { replacements: { ids } });
      expect(await w.drain()).toBe(ids.length);
      mails = await mailsOf(submitted.body.id);
      for (const mail of mails) expect(mail).toMatchObject({ status: 'envoye', attempts: 2, last_error: null });
      expect(smtp.received.map(mailIdOf).sort()).toEqual([...ids].sort());
    } finally {
      await smtp.close();
    }
  });

  test('with no SMTP server reachable, mails stay in the outbox', async () => {
    const submitted = await submit(validSubmission());
    const w = worker('smtp://127.0.0.1:1', 60_000);
    await w.drain();
    for (const mail of await mailsOf(submitted.body.id)) expect(mail).toMatchObject({ status: 'en_attente', attempts: 1, sent_at: null });
  });
});
