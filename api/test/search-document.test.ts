import request from 'supertest';
import { createTestContext, type TestContext } from './support/test-app';
import { validSubmission } from './support/fixtures';

// A referral's search document (migration 0029): computed when what it is made of is written,
// never on the other writes; the persons may be inserted first when their link is deferred.
let ctx: TestContext;
let saisineId: string;

beforeAll(async () => {
  ctx = createTestContext();
  const response = await request(ctx.app).post('/api/public/saisines').send(validSubmission());
  expect(response.status).toBe(201);
  saisineId = response.body.id;
});
afterAll(() => ctx.close());

const documentOf = async (id: string) => {
  const [[row]] = (await ctx.db.query('SELECT search_vector::text AS document FROM saisines WHERE id = :id', { replacements: { id } })) as [
    [{ document: string }],
    unknown,
  ];
  return row.document;
};

test('the document holds the persons, the sender and the facts', async () => {
  const document = await documentOf(saisineId);
  expect(document).toContain("'durand'");
  expect(document).toContain("'factur'");
  expect(document).toContain("'martin'");
});

test('a write that touches none of its parts leaves it alone; a change of the facts or of a person recomputes it', async () => {
  // Emptied by hand: only a recomputation can fill it again.
  await ctx.db.query("UPDATE saisines SET search_vector = ''::tsvector WHERE id = :id", { replacements: { id: saisineId } });
  await ctx.db.query('UPDATE saisines SET tracking_views = tracking_views + 1, updated_at = now() WHERE id = :id', { replacements: { id: saisineId } });
  expect(await documentOf(saisineId)).toBe('');

  await ctx.db.query(`UPDATE saisines SET facts_narrative = facts_narrative || ' Contrefaçon.' WHERE id = :id`, { replacements: { id: saisineId } });
  expect(await documentOf(saisineId)).toContain("'contrefacon'");

  await ctx.db.query(`UPDATE saisine_personnes SET last_name = 'Lefebvre' WHERE saisine_id = :id AND last_name = 'Durand'`, { replacements: { id: saisineId } });
  const document = await documentOf(saisineId);
  expect(document).toContain("'lefebvr'");
  expect(document).not.toContain("'durand'");
});

test('a person without its referral is refused at once, unless the link is deferred to the commit and the referral comes', async () => {
  const person = `INSERT INTO saisine_personnes (saisine_id, position, role, type, last_name) VALUES (:id, 1, 'victime', 'physique', 'Zimmermann')`;
  const newId = '6f1c1a52-1d4e-4f7a-9d5b-0c2a8a1e5f10';
  await expect(ctx.db.query(person, { replacements: { id: newId } })).rejects.toThrow(/saisine_personnes_saisine_id_fkey/);

  await expect(
    ctx.db.transaction(async (transaction) => {
      await ctx.db.query('SET CONSTRAINTS saisine_personnes_saisine_id_fkey DEFERRED', { transaction });
      await ctx.db.query(person, { replacements: { id: newId }, transaction });
    }),
  ).rejects.toThrow(/saisine_personnes_saisine_id_fkey/);

  await ctx.db.transaction(async (transaction) => {
    await ctx.db.query('SET CONSTRAINTS saisine_personnes_saisine_id_fkey DEFERRED', { transaction });
    await ctx.db.query(person, { replacements: { id: newId }, transaction });
    const [columns] = (await ctx.db.query(
      `SELECT column_name AS name FROM information_schema.columns
        WHERE table_name = 'saisines' AND is_generated = 'NEVER'
          AND column_name NOT IN ('id', 'reference', 'idempotency_key', 'numero_parquet', 'search_vector')`,
      { transaction },
    )) as [Array<{ name: string }>, unknown];
    const list = columns.map((column) => column.name).join(', ');
    await ctx.db.query(`INSERT INTO saisines (id, reference, ${list}) SELECT :newId, 'IP-2019-000001', ${list} FROM saisines WHERE id = :id`, {
      replacements: { newId, id: saisineId },
      transaction,
    });
  });
  expect(await documentOf(newId)).toContain("'zimmermann'");
});
