import fs from 'node:fs';
import path from 'node:path';
import type { Database } from '../src/db/database';
import { createDatabase } from '../src/db/database';
import { importRoutage, RoutageFileError } from '../src/reference-data/seed/import-routage';
import { seedReferenceData } from '../src/reference-data/seed/seed-reference-data';
import { CourtNameMatcher } from '../src/reference-data/seed/court-names';
import { decodeText } from '../src/reference-data/seed/decode-text';

jest.setTimeout(60_000);

const FIXTURE = path.join(__dirname, 'fixtures', 'routage-officiel.csv');

let db: Database;
beforeAll(() => {
  db = createDatabase(process.env.DATABASE_URL!);
});
afterAll(() => db.close());

async function routes(codes: string[]) {
  const [rows] = await db.query(
    'SELECT commune_insee, juridiction_id, source FROM routage_communes WHERE commune_insee IN (:codes) ORDER BY commune_insee',
    { replacements: { codes } },
  );
  return rows;
}

test('imports the official file (UTF-8 with BOM): known rows routed, unknown communes and courts reported', async () => {
  const report = await importRoutage(db, FIXTURE);
  expect(report).toEqual({
    encoding: 'utf-8',
    rows: 11,
    imported: 9,
    unknownCommunes: { count: 1, examples: [{ code: '99999', libelle: 'Commune imaginaire' }] },
    unknownCourts: { count: 1, labels: [{ label: 'Tribunal judiciaire de Nulle-Part', rows: 1 }] },
    duplicates: 0,
  });
  expect(await routes(['01053', '22050', '22113', '41269', '67462', '72181', '91228', '97416'])).toEqual([
    { commune_insee: '01053', juridiction_id: 'tj-bourg-en-bresse', source: 'ministere' },
    { commune_insee: '22050', juridiction_id: 'tj-saint-malo', source: 'ministere' },
    { commune_insee: '22113', juridiction_id: 'tj-saint-brieuc', source: 'ministere' },
    { commune_insee: '41269', juridiction_id: 'tj-blois', source: 'ministere' },
    { commune_insee: '67462', juridiction_id: 'tj-colmar', source: 'ministere' },
    { commune_insee: '72181', juridiction_id: 'tj-le-mans', source: 'ministere' },
    { commune_insee: '91228', juridiction_id: 'tj-evry-courcouronnes', source: 'ministere' },
    { commune_insee: '97416', juridiction_id: 'tj-saint-pierre', source: 'ministere' },
  ]);
});

test('a later seedReferenceData keeps the rows that came from the Ministry', async () => {
  await importRoutage(db, FIXTURE);
  await seedReferenceData(db);
  expect(await routes(['22050', '41018'])).toEqual([
    { commune_insee: '22050', juridiction_id: 'tj-saint-malo', source: 'ministere' },
    { commune_insee: '41018', juridiction_id: 'tj-blois', source: 'ministere' },
  ]);
});

test('reads a Latin-1 (Windows-1252) file saved by Excel', async () => {
  const text = fs.readFileSync(FIXTURE, 'utf8').replace(/^\uFEFF/, '');
  const report = await importRoutage(db, Buffer.from(text, 'latin1'));
  expect(report.encoding).toBe('windows-1252');
  expect(report.imported).toBe(9);
  expect(report.unknownCommunes.examples).toEqual([{ code: '99999', libelle: 'Commune imaginaire' }]);
});

test('refuses a file whose header is not the official one, with a French message', async () => {
  const wrong = 'code_insee,commune,tribunal\n41018,Blois,Tribunal judiciaire de Blois\n';
  await expect(importRoutage(db, wrong)).rejects.toThrow(RoutageFileError);
  await expect(importRoutage(db, wrong)).rejects.toThrow(/Fichier refusé.*Colonnes manquantes.*point-virgule/s);
  await expect(importRoutage(db, '/nulle/part.csv')).rejects.toThrow('Fichier introuvable');
});

test('court names match whatever their case, accents and article', () => {
  const matcher = new CourtNameMatcher([
    { id: 'tj-le-mans', type: 'TJ', nom: 'Tribunal judiciaire du Mans', siege: 'Le Mans' },
    { id: 'tj-la-rochelle', type: 'TJ', nom: 'Tribunal judiciaire de La Rochelle', siege: 'La Rochelle' },
    { id: 'tj-saint-pierre', type: 'TJ', nom: 'Tribunal judiciaire de Saint-Pierre', siege: 'Saint-Pierre' },
    { id: 'tpi-saint-pierre', type: 'TPI', nom: 'Tribunal de première instance de Saint-Pierre', siege: 'Saint-Pierre' },
    { id: 'tj-val-de-briey', type: 'TJ', nom: 'Tribunal judiciaire de Val de Briey', siege: 'Val de Briey' },
  ]);
  expect(matcher.match('TRIBUNAL JUDICIAIRE DU MANS')).toBe('tj-le-mans');
  expect(matcher.match('Tribunal judiciaire de la Rochelle')).toBe('tj-la-rochelle');
  expect(matcher.match('TRIBUNAL DE PREMIERE INSTANCE DE SAINT-PIERRE')).toBe('tpi-saint-pierre');
  expect(matcher.match('Tribunal judiciaire de Saint Pierre')).toBe('tj-saint-pierre');
  expect(matcher.match('Saint-Pierre')).toBeNull();
  expect(matcher.match('Tribunal judiciaire de Briey')).toBe('tj-val-de-briey');
  expect(matcher.match('')).toBeNull();
});

test('decodes UTF-8, UTF-8 with BOM, UTF-16 and Windows-1252', () => {
  expect(decodeText(Buffer.from('\uFEFFÉvry', 'utf8'))).toEqual({ text: 'Évry', encoding: 'utf-8' });
  expect(decodeText(Buffer.from('Évry', 'utf8'))).toEqual({ text: 'Évry', encoding: 'utf-8' });
  expect(decodeText(Buffer.from('\uFEFFÉvry', 'utf16le'))).toEqual({ text: 'Évry', encoding: 'utf-16le' });
  expect(decodeText(Buffer.from([0xc9, 0x76, 0x72, 0x79, 0x92]))).toEqual({ text: 'Évry’', encoding: 'windows-1252' });
});
