import { ADMINISTRATIONS } from '@info-parquet/api/src/reference-data/seed/administrations-list';
import { readCogDepartements, readCogRegions } from '@info-parquet/api/src/reference-data/seed/cog';
import { AdministrationDirectory } from '../src/demo/administration-directory';
import type { Commune, DemoContext } from '../src/demo/demo-context';
import { Random } from '../src/demo/random';

function directory(): AdministrationDirectory {
  const departements = new Map(
    readCogDepartements().map((d) => [d.code, { code: d.code, nom: d.nom, typeLiaison: d.typeLiaison, regionCode: d.region, juridictionIds: [] }]),
  );
  const regions = new Map(readCogRegions().map((r) => [r.code, { code: r.code, nom: r.nom, typeLiaison: r.typeLiaison }]));
  const context = { departements, regions } as unknown as DemoContext;
  const rows = ADMINISTRATIONS.map((seed, index) => ({ id: index + 1, nom: seed.nom, kind: seed.kind, departement_code: seed.departementCode }));
  return new AdministrationDirectory(context, rows);
}

const commune = (code: string, nom: string, departementCode: string): Commune => ({ code, nom, departementCode, codePostal: '', population: 1000 });

test('one regional health agency per region, spelt with a typographic apostrophe, whatever the department', () => {
  const dir = directory();
  const random = new Random(7);
  const names = new Set<string>();
  for (let i = 0; i < 200; i += 1) {
    names.add(dir.choose('ars', commune('83137', 'Toulon', '83'), random).nom);
    names.add(dir.choose('ars', commune('13055', 'Marseille', '13'), random).nom);
  }
  expect([...names].filter((nom) => nom.startsWith('Agence régionale de santé'))).toEqual(['Agence régionale de santé Provence-Alpes-Côte d’Azur']);
});

test('no generated name keeps a straight apostrophe (Côtes-d’Armor, Val-d’Oise)', () => {
  const dir = directory();
  const random = new Random(11);
  const names = new Set<string>();
  for (let i = 0; i < 100; i += 1) {
    for (const kind of ['dgfip', 'prefecture', 'ars', 'securite_sociale'] as const) {
      names.add(dir.choose(kind, commune('22278', 'Saint-Brieuc', '22'), random).nom);
      names.add(dir.choose(kind, commune('95500', 'Pontoise', '95'), random).nom);
    }
  }
  expect([...names].filter((nom) => nom.includes("'"))).toEqual([]);
  expect(names).toContain('Préfecture des Côtes-d’Armor');
});
