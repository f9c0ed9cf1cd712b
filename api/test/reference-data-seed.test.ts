import type { Database } from '../src/db/database';
import { createDatabase } from '../src/db/database';
import { seedDemoAccounts } from '@info-parquet/seeders';
import { seedReferenceData } from '../src/reference-data/seed/seed-reference-data';

jest.setTimeout(60_000);

let db: Database;
beforeAll(() => {
  db = createDatabase(process.env.DATABASE_URL!);
});
afterAll(() => db.close());

async function counts() {
  const [rows] = await db.query(`
    SELECT (SELECT count(*)::int FROM juridictions WHERE type IN ('TJ', 'TPI')) AS tribunaux,
           (SELECT count(*)::int FROM juridictions WHERE type = 'SPECIALISE') AS specialises,
           (SELECT count(*)::int FROM departements) AS departements,
           (SELECT count(*)::int FROM communes) AS communes,
           (SELECT count(*)::int FROM routage_communes) AS routage,
           (SELECT count(*)::int FROM administrations) AS administrations,
           (SELECT count(*)::int FROM users) AS users`);
  return rows[0] as Record<string, number>;
}

test('the template holds the courts, departments, communes, routing and administrations', async () => {
  const before = await counts();
  expect(before).toMatchObject({ tribunaux: 168, specialises: 4, departements: 108, routage: 342 });
  expect(before.communes).toBeGreaterThan(34_000);
  expect(before.administrations).toBeGreaterThanOrEqual(40);
});

test('seedReferenceData and seedDemoAccounts are idempotent', async () => {
  const before = await counts();
  const report = await seedReferenceData(db);
  expect(report).toMatchObject({ juridictions: 172, departements: 108, routageCommunes: 342 });
  expect(await seedDemoAccounts(db)).toEqual({ created: 0, existing: 8 });
  expect(await counts()).toEqual(before);
});

test('a re-run keeps contact data that an administrator corrected', async () => {
  await db.query("UPDATE juridictions SET email_permanence = 'permanence-nuit@blois.test' WHERE id = 'tj-blois'");
  await seedReferenceData(db);
  const [rows] = await db.query("SELECT nom, email_permanence FROM juridictions WHERE id = 'tj-blois'");
  expect(rows[0]).toEqual({ nom: 'Tribunal judiciaire de Blois', email_permanence: 'permanence-nuit@blois.test' });
});

test('court names read with a typographic apostrophe; the address stands under the name without repeating it', async () => {
  const [courts] = await db.query(
    "SELECT id, nom, cour_appel, adresse FROM juridictions WHERE id IN ('tj-agen', 'tj-blois', 'tj-paris', 'pnf') ORDER BY id",
  );
  expect(courts).toEqual([
    { id: 'pnf', nom: 'Parquet national financier', cour_appel: 'Cour d’appel de Paris', adresse: 'Paris' },
    { id: 'tj-agen', nom: 'Tribunal judiciaire d’Agen', cour_appel: 'Cour d’appel d’Agen', adresse: '47000 Agen' },
    { id: 'tj-blois', nom: 'Tribunal judiciaire de Blois', cour_appel: 'Cour d’appel d’Orléans', adresse: '41000 Blois' },
    { id: 'tj-paris', nom: 'Tribunal judiciaire de Paris', cour_appel: 'Cour d’appel de Paris', adresse: 'Paris' },
  ]);
  const [straight] = await db.query(
    "SELECT id FROM juridictions WHERE nom LIKE '%''%' OR cour_appel LIKE '%''%' UNION ALL SELECT code FROM departements WHERE cour_appel LIKE '%''%'",
  );
  expect(straight).toEqual([]);
});

test('a re-run replaces the former placeholder address (« Tribunal judiciaire, Blois ») but not an address an administrator typed', async () => {
  await db.query("UPDATE juridictions SET adresse = 'Tribunal judiciaire, Blois' WHERE id = 'tj-blois'");
  await db.query("UPDATE juridictions SET adresse = '1 rue du Palais, 47000 Agen' WHERE id = 'tj-agen'");
  await seedReferenceData(db);
  const [rows] = await db.query("SELECT id, adresse FROM juridictions WHERE id IN ('tj-agen', 'tj-blois') ORDER BY id");
  expect(rows).toEqual([
    { id: 'tj-agen', adresse: '1 rue du Palais, 47000 Agen' },
    { id: 'tj-blois', adresse: '41000 Blois' },
  ]);
});

test('courts, departments and communes carry what the form and the routing need', async () => {
  const [[colmar]] = (await db.query(
    "SELECT type, departements_ressort, chambres_proximite, email_bureau_ordre, urgence_delai_minutes FROM juridictions WHERE id = 'tj-colmar'",
  )) as [Array<Record<string, unknown>>, unknown];
  expect(colmar).toEqual({
    type: 'TJ',
    departements_ressort: ['67', '68'],
    chambres_proximite: ['Sélestat', 'Guebwiller'],
    email_bureau_ordre: 'bureau-ordre.colmar@justice.test',
    urgence_delai_minutes: 120,
  });
  const [specialises] = await db.query("SELECT id FROM juridictions WHERE type = 'SPECIALISE' ORDER BY id");
  expect(specialises).toEqual([{ id: 'parquet-europeen' }, { id: 'pnaco' }, { id: 'pnat' }, { id: 'pnf' }]);
  const [[cotesArmor]] = (await db.query("SELECT juridiction_ids FROM departements WHERE code = '22'")) as [Array<Record<string, unknown>>, unknown];
  expect(cotesArmor.juridiction_ids).toEqual(['tj-saint-brieuc', 'tj-saint-malo']);
  const [communes] = await db.query(
    "SELECT code_insee, nom_recherche, departement_code FROM communes WHERE code_insee IN ('01001', '02565', '75111') ORDER BY 1",
  );
  expect(communes).toEqual([
    { code_insee: '01001', nom_recherche: 'l abergement clemenciat', departement_code: '01' },
    { code_insee: '02565', nom_recherche: 'oeuilly', departement_code: '02' },
    { code_insee: '75111', nom_recherche: 'paris 11e arrondissement', departement_code: '75' },
  ]);
  const [[dinan]] = (await db.query("SELECT juridiction_id, source, fondement FROM routage_communes WHERE commune_insee = '22050'")) as [
    Array<Record<string, unknown>>,
    unknown,
  ];
  expect(dinan).toEqual({
    juridiction_id: 'tj-saint-malo',
    source: 'tableau-iv',
    fondement: "siège de la chambre de proximité de Dinan (Côtes d'Armor)",
  });
});

test('the demo accounts listed in the README exist with their courts', async () => {
  const [rows] = await db.query(
    `SELECT email, role, juridiction_id, password_hash LIKE '$argon2id$%' AS argon2id FROM users
     WHERE email IN ('admin@justice.test', 'greffier.blois@justice.test', 'magistrat.blois@justice.test',
                     'greffier.paris@justice.test', 'analyste@justice.test') ORDER BY email`,
  );
  expect(rows).toEqual([
    { email: 'admin@justice.test', role: 'admin_national', juridiction_id: null, argon2id: true },
    { email: 'analyste@justice.test', role: 'analyste', juridiction_id: null, argon2id: true },
    { email: 'greffier.blois@justice.test', role: 'greffier', juridiction_id: 'tj-blois', argon2id: true },
    { email: 'greffier.paris@justice.test', role: 'greffier', juridiction_id: 'tj-paris', argon2id: true },
    { email: 'magistrat.blois@justice.test', role: 'magistrat', juridiction_id: 'tj-blois', argon2id: true },
  ]);
});
