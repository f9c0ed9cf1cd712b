import type { Database } from '@info-parquet/api/src/db/database';
import { readCogDepartements, readCogRegions } from '@info-parquet/api/src/reference-data/seed/cog';
import { WeightedPicker } from './random';

/** What the generator needs to know about the database it fills, loaded once. */

export interface UserRef {
  id: string;
  label: string;
}

export interface Court {
  id: string;
  nom: string;
  type: 'TJ' | 'TPI' | 'SPECIALISE';
  courAppel: string;
  greffiers: UserRef[];
  magistrats: UserRef[];
}

export interface Commune {
  code: string;
  nom: string;
  departementCode: string;
  codePostal: string;
  population: number;
}

export interface Departement {
  code: string;
  nom: string;
  typeLiaison: number;
  regionCode: string;
  juridictionIds: string[];
}

export interface Region {
  code: string;
  nom: string;
  typeLiaison: number;
}

export interface DemoContext {
  courts: Map<string, Court>;
  /** TJ and TPI, weighted by the population of their ressort. */
  courtPicker: WeightedPicker<Court>;
  /** Communes whose court is certain (a single-court department or a routing row). */
  certainCommunes: Map<string, WeightedPicker<Commune>>;
  /** Communes of shared departments where the court is one of the candidates. */
  sharedCommunes: Map<string, WeightedPicker<Commune>>;
  departements: Map<string, Departement>;
  regions: Map<string, Region>;
}

// Paris, Lyon and Marseille are picked through their arrondissements.
const CITIES_WITH_ARRONDISSEMENTS = new Set(['75056', '69123', '13055']);

const communeWeight = (commune: Commune) => Math.max(commune.population, 30);

export async function loadDemoContext(db: Database): Promise<DemoContext> {
  const query = async <T>(sql: string) => (await db.query(sql))[0] as T[];
  const [juridictions, users, departementRows, communeRows, routage] = await Promise.all([
    query<{ id: string; nom: string; type: Court['type']; cour_appel: string | null }>(
      'SELECT id, nom, type, cour_appel FROM juridictions WHERE active ORDER BY id',
    ),
    query<{ id: string; display_name: string; role: string; juridiction_id: string }>(
      `SELECT id, display_name, role, juridiction_id FROM users
       WHERE active AND role IN ('greffier', 'magistrat') ORDER BY email`,
    ),
    query<{ code: string; nom: string; juridiction_ids: string[] }>('SELECT code, nom, juridiction_ids FROM departements ORDER BY code'),
    query<{ code_insee: string; nom: string; departement_code: string; codes_postaux: string[]; population: number | null }>(
      'SELECT code_insee, nom, departement_code, codes_postaux, population FROM communes ORDER BY code_insee',
    ),
    query<{ commune_insee: string; juridiction_id: string }>('SELECT commune_insee, juridiction_id FROM routage_communes ORDER BY commune_insee'),
  ]);
  if (juridictions.length === 0 || communeRows.length === 0) {
    throw new Error('Les données de référence sont absentes : lancez d’abord seedReferenceData.');
  }

  const courts = new Map<string, Court>();
  for (const row of juridictions) {
    courts.set(row.id, { id: row.id, nom: row.nom, type: row.type, courAppel: row.cour_appel ?? '', greffiers: [], magistrats: [] });
  }
  for (const user of users) {
    const court = courts.get(user.juridiction_id);
    if (!court) continue;
    (user.role === 'greffier' ? court.greffiers : court.magistrats).push({ id: user.id, label: user.display_name });
  }

  const cog = new Map(readCogDepartements().map((departement) => [departement.code, departement]));
  const departements = new Map<string, Departement>();
  for (const row of departementRows) {
    const info = cog.get(row.code);
    departements.set(row.code, {
      code: row.code,
      nom: row.nom,
      typeLiaison: info?.typeLiaison ?? 0,
      regionCode: info?.region ?? row.code,
      juridictionIds: row.juridiction_ids.filter((id) => courts.has(id)),
    });
  }
  const regions = new Map(readCogRegions().map((region) => [region.code, { code: region.code, nom: region.nom, typeLiaison: region.typeLiaison }]));

  const routed = new Map(routage.map((row) => [row.commune_insee, row.juridiction_id]));
  const certain = new Map<string, Commune[]>();
  const shared = new Map<string, Commune[]>();
  const population = new Map<string, number>();
  const add = (map: Map<string, Commune[]>, courtId: string, commune: Commune) => {
    const list = map.get(courtId);
    if (list) list.push(commune);
    else map.set(courtId, [commune]);
  };
  for (const row of communeRows) {
    if (CITIES_WITH_ARRONDISSEMENTS.has(row.code_insee)) continue;
    const commune: Commune = {
      code: row.code_insee,
      nom: row.nom,
      departementCode: row.departement_code,
      codePostal: row.codes_postaux[0] ?? '',
      population: row.population ?? 0,
    };
    const candidates = departements.get(row.departement_code)?.juridictionIds ?? [];
    const routedTo = routed.get(row.code_insee);
    if (routedTo && courts.has(routedTo)) add(certain, routedTo, commune);
    else if (candidates.length === 1) add(certain, candidates[0], commune);
    else for (const courtId of candidates) add(shared, courtId, commune);
    for (const courtId of routedTo ? [routedTo] : candidates) {
      population.set(courtId, (population.get(courtId) ?? 0) + commune.population / (routedTo ? 1 : candidates.length));
    }
  }

  const pickers = (map: Map<string, Commune[]>) =>
    new Map([...map].map(([courtId, communes]) => [courtId, new WeightedPicker(communes, communeWeight)]));
  const territorial = [...courts.values()].filter((court) => court.type !== 'SPECIALISE' && population.has(court.id));
  return {
    courts,
    courtPicker: new WeightedPicker(territorial, (court) => population.get(court.id) ?? 0),
    certainCommunes: pickers(certain),
    sharedCommunes: pickers(shared),
    departements,
    regions,
  };
}
