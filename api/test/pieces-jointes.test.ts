import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { createTestContext, signIn, type TestContext } from './support/test-app';
import { validSubmission } from './support/fixtures';
import { binary, sampleExe, samplePdf, samplePng } from './support/sample-files';
import { deleteOrphanUploads } from '../src/jobs/orphan-uploads';

let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
const upload = (content: Buffer, filename: string) =>
  request(ctx.app).post('/api/public/pieces-jointes').attach('fichier', content, filename);

function storedFiles(): string[] {
  if (!fs.existsSync(ctx.uploadDir)) return [];
  return (fs.readdirSync(ctx.uploadDir, { recursive: true }) as string[])
    .map((name) => path.join(ctx.uploadDir, name))
    .filter((file) => fs.statSync(file).isFile());
}

async function row(id: string) {
  const [rows] = await ctx.db.query('SELECT saisine_id, storage_key, size_bytes::int AS size_bytes, sha256 FROM pieces_jointes WHERE id = :id', {
    replacements: { id },
  });
  return (rows as Array<{ saisine_id: string | null; storage_key: string; size_bytes: number; sha256: string }>)[0];
}

describe('POST /api/public/pieces-jointes', () => {
  test('a real PDF and a real PNG are stored on disk with their SHA-256, not yet attached', async () => {
    const pdf = await samplePdf();
    const png = samplePng();
    for (const [content, name, mimeType] of [
      [pdf, 'Procès-verbal n°12.pdf', 'application/pdf'],
      [png, 'photo.PNG', 'image/png'],
    ] as const) {
      const response = await upload(content, name);
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        originalName: name,
        mimeType,
        sizeBytes: content.length,
        sha256: sha256(content),
      });
      const stored = await row(response.body.id);
      expect(stored).toMatchObject({ saisine_id: null, size_bytes: content.length, sha256: sha256(content) });
      expect(fs.readFileSync(path.join(ctx.uploadDir, stored.storage_key)).equals(content)).toBe(true);
    }
  });

  test('the type is decided by the content: a program or a text renamed .pdf is refused (415), nothing kept', async () => {
    const before = storedFiles().length;
    const [[{ n: rowsBefore }]] = (await ctx.db.query('SELECT count(*)::int AS n FROM pieces_jointes')) as [[{ n: number }], unknown];
    const exe = await upload(sampleExe(), 'rapport.pdf');
    expect(exe.status).toBe(415);
    expect(exe.body.message).toMatch(/^Fichier « rapport\.pdf » refusé : son contenu n’est pas d’un type accepté\. Types acceptés : PDF/);
    const text = await upload(Buffer.from('Ceci est un simple texte, pas un PDF.\n'), 'faux.pdf');
    expect(text.status).toBe(415);
    expect(text.body.message).toMatch(/son contenu est un texte, ce que son nom ne dit pas/);
    const png = await upload(samplePng(), 'image.pdf');
    expect(png.status).toBe(415);
    expect(storedFiles()).toHaveLength(before);
    const [[{ n: rowsAfter }]] = (await ctx.db.query('SELECT count(*)::int AS n FROM pieces_jointes')) as [[{ n: number }], unknown];
    expect(rowsAfter).toBe(rowsBefore);
  });

  test('plain text, an e-mail (.eml) and a legacy Office file are accepted by content', async () => {
    const eml = Buffer.from('From: agent@example.gouv.fr\r\nTo: parquet@justice.test\r\nSubject: PV\r\nDate: Mon, 14 Sep 2026 10:00:00 +0200\r\n\r\nCorps du message.\r\n');
    expect((await upload(eml, 'message.eml')).body.mimeType).toBe('message/rfc822');
    expect((await upload(Buffer.from('Constat établi le 14 septembre.\n'), 'notes.txt')).body.mimeType).toBe('text/plain');
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(1024)]);
    expect((await upload(ole, 'ancien.doc')).body.mimeType).toBe('application/msword');
    expect((await upload(ole, 'setup.msi')).status).toBe(415);
  });

  test('a file over 20 MB is refused (413) and no partial file is left on disk', async () => {
    const before = storedFiles();
    const big = Buffer.alloc(20 * 1024 * 1024 + 10, 0x20);
    big.write('%PDF-1.7\n', 0, 'latin1');
    const response = await upload(big, 'gros.pdf');
    expect(response.status).toBe(413);
    expect(response.body.message).toBe('Le fichier dépasse la taille maximale de 20 Mo par pièce jointe.');
    expect(storedFiles()).toEqual(before);
  });

  test('a request without a file, or not multipart, is a clear 400', async () => {
    const json = await request(ctx.app).post('/api/public/pieces-jointes').send({ fichier: 'x' });
    expect(json.status).toBe(400);
    expect(json.body.message).toMatch(/multipart\/form-data/);
    const empty = await request(ctx.app).post('/api/public/pieces-jointes').field('note', 'rien');
    expect(empty.status).toBe(400);
    expect(empty.body.message).toMatch(/^Aucun fichier reçu/);
  });
});

describe('attaching and downloading', () => {
  test('attached at submission, downloaded by the Blois clerk; 404 for Paris, 403 for the administrator', async () => {
    const pdf = await samplePdf('Procès-verbal de Blois');
    const uploaded = (await upload(pdf, 'PV Blois — été.pdf')).body;
    const submitted = await request(ctx.app).post('/api/public/saisines').send(validSubmission({ attachmentIds: [uploaded.id] }));
    expect(submitted.status).toBe(201);
    expect(submitted.body.acknowledgement.piecesJointes).toEqual([
      { id: uploaded.id, originalName: 'PV Blois — été.pdf', mimeType: 'application/pdf', sizeBytes: pdf.length, sha256: sha256(pdf) },
    ]);
    expect((await row(uploaded.id)).saisine_id).toBe(submitted.body.id);

    const url = `/api/saisines/${submitted.body.id}/pieces-jointes/${uploaded.id}`;
    const { agent } = await signIn(ctx.app, 'greffier.blois@justice.test');
    const download = await agent.get(url).buffer(true).parse(binary);
    expect(download.status).toBe(200);
    expect(download.headers['content-type']).toBe('application/pdf');
    expect(download.headers['content-disposition']).toBe(
      `attachment; filename="PV Blois ? ?t?.pdf"; filename*=UTF-8''PV%20Blois%20%E2%80%94%20%C3%A9t%C3%A9.pdf`,
    );
    expect(sha256(download.body as Buffer)).toBe(sha256(pdf));

    const paris = await signIn(ctx.app, 'greffier.paris@justice.test');
    expect((await paris.agent.get(url)).status).toBe(404);
    const admin = await signIn(ctx.app, 'admin@justice.test');
    expect((await admin.agent.get(url)).status).toBe(403);
    expect((await request(ctx.app).get(url)).status).toBe(401);
    // A document of another referral, through this one's address: 404.
    const other = (await upload(samplePng(), 'autre.png')).body;
    await request(ctx.app).post('/api/public/saisines').send(validSubmission({ attachmentIds: [other.id] })).expect(201);
    expect((await agent.get(`/api/saisines/${submitted.body.id}/pieces-jointes/${other.id}`)).status).toBe(404);
    // An upload cannot be taken by a second referral.
    const again = await request(ctx.app).post('/api/public/saisines').send(validSubmission({ attachmentIds: [uploaded.id] }));
    expect(again.status).toBe(400);
  });

  test('more than 100 MB of documents for one referral is a 413, and nothing is stored', async () => {
    // Six stored uploads of 18 MB each (rows only: the limit is checked on what was stored).
    const [rows] = await ctx.db.query(
      `INSERT INTO pieces_jointes (original_name, mime_type, size_bytes, sha256, storage_key)
       SELECT 'piece-' || i || '.pdf', 'application/pdf', 18 * 1024 * 1024, repeat('a', 64), '2026/01/' || gen_random_uuid()
       FROM generate_series(1, 6) AS i RETURNING id`,
    );
    const ids = (rows as Array<{ id: string }>).map((r) => r.id);
    const [[{ n: before }]] = (await ctx.db.query('SELECT count(*)::int AS n FROM saisines')) as [[{ n: number }], unknown];
    const response = await request(ctx.app).post('/api/public/saisines').send(validSubmission({ attachmentIds: ids }));
    expect(response.status).toBe(413);
    expect(response.body.message).toBe('Les pièces jointes totalisent 108 Mo : au plus 100 Mo par saisine.');
    expect(response.body.errors.attachmentIds).toMatch(/^Au plus 100 Mo /);
    const [[{ n: after }]] = (await ctx.db.query('SELECT count(*)::int AS n FROM saisines')) as [[{ n: number }], unknown];
    expect(after).toBe(before);
    const [[{ n: attached }]] = (await ctx.db.query('SELECT count(*)::int AS n FROM pieces_jointes WHERE id IN (:ids) AND saisine_id IS NOT NULL', {
      replacements: { ids },
    })) as [[{ n: number }], unknown];
    expect(attached).toBe(0);
    // Five of them (90 MB) are within the limit.
    expect((await request(ctx.app).post('/api/public/saisines').send(validSubmission({ attachmentIds: ids.slice(0, 5) }))).status).toBe(201);
  });

  test('uploads not attached within 24 h are deleted, row and file; recent and attached ones stay', async () => {
    const old = (await upload(samplePng(), 'ancienne.png')).body;
    const recent = (await upload(samplePng(), 'recente.png')).body;
    const attachedOld = (await upload(samplePng(), 'rattachee.png')).body;
    await request(ctx.app).post('/api/public/saisines').send(validSubmission({ attachmentIds: [attachedOld.id] })).expect(201);
    await ctx.db.query(`UPDATE pieces_jointes SET uploaded_at = now() - interval '25 hours' WHERE id IN (:ids)`, {
      replacements: { ids: [old.id, attachedOld.id] },
    });
    const oldFile = path.join(ctx.uploadDir, (await row(old.id)).storage_key);
    expect(fs.existsSync(oldFile)).toBe(true);

    const deleted = await deleteOrphanUploads(ctx.db, ctx.uploadDir);
    expect(deleted).toBeGreaterThanOrEqual(1);
    expect(await row(old.id)).toBeUndefined();
    expect(fs.existsSync(oldFile)).toBe(false);
    expect(await row(recent.id)).toBeDefined();
    expect(fs.existsSync(path.join(ctx.uploadDir, (await row(recent.id)).storage_key))).toBe(true);
    expect((await row(attachedOld.id)).saisine_id).not.toBeNull();
  });
});
