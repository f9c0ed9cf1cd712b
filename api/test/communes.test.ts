import request from 'supertest';
import { createTestContext, type TestContext } from './support/test-app';

let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

test('communes are found by name without accents, by postal code and by INSEE code', async () => {
  const byName = await request(ctx.app).get('/api/public/communes').query({ q: 'blo' });
  expect(byName.status).toBe(200);
  expect(byName.body[0]).toEqual({ codeInsee: '41018', nom: 'Blois', departementCode: '41', codesPostaux: ['41000'] });
  const accents = await request(ctx.app).get('/api/public/communes').query({ q: 'evry cour' });
  expect(accents.body.map((c: { codeInsee: string }) => c.codeInsee)).toContain('91228');
  const byPostalCode = await request(ctx.app).get('/api/public/communes').query({ q: '41000' });
  expect(byPostalCode.body.map((c: { nom: string }) => c.nom)).toContain('Blois');
  const tooShort = await request(ctx.app).get('/api/public/communes').query({ q: 'b' });
  expect(tooShort.status).toBe(400);
});

test('routing is certain for Blois and for a commune of a one-court department', async () => {
  const blois = await request(ctx.app).get('/api/public/communes/41018/routage');
  expect(blois.body).toMatchObject({ certain: true, juridiction: { id: 'tj-blois' }, candidates: [] });
  const vosbles = await request(ctx.app).get('/api/public/communes/39583/routage');
  expect(vosbles.body).toMatchObject({ certain: true, juridiction: { id: 'tj-lons-le-saunier' }, source: 'departement' });
});

test('a seat decides in a department with several courts; other communes get candidates', async () => {
  const dinan = await request(ctx.app).get('/api/public/communes/22050/routage');
  expect(dinan.body).toMatchObject({ certain: true, juridiction: { id: 'tj-saint-malo' } });
  const [[other]] = (await ctx.db.query(
    `SELECT code_insee FROM communes WHERE departement_code = '22'
     AND code_insee NOT IN (SELECT commune_insee FROM routage_communes) ORDER BY code_insee LIMIT 1`,
  )) as [[{ code_insee: string }], unknown];
  const uncertain = await request(ctx.app).get(`/api/public/communes/${other.code_insee}/routage`);
  expect(uncertain.body.certain).toBe(false);
  expect(uncertain.body.juridiction).toBeNull();
  expect(uncertain.body.candidates.map((c: { id: string }) => c.id).sort()).toEqual(['tj-saint-brieuc', 'tj-saint-malo']);
  expect((await request(ctx.app).get('/api/public/communes/99999/routage')).status).toBe(404);
});
