import fs from 'node:fs';

/** The INSEE geographic code (COG 2026) as shipped by @etalab/decoupage-administratif 6. */
export interface CogCommune {
  code: string;
  nom: string;
  type: 'commune-actuelle' | 'commune-deleguee' | 'commune-associee' | 'arrondissement-municipal';
  departement?: string;
  region?: string;
  typeLiaison?: number;
  codesPostaux?: string[];
  population?: number;
  /** Parent commune of an arrondissement municipal. */
  commune?: string;
}

export interface CogDepartement {
  code: string;
  nom: string;
  region: string;
  chefLieu: string;
  typeLiaison: number;
}

export interface CogRegion {
  code: string;
  nom: string;
  typeLiaison: number;
}

function readPackageJson<T>(file: string): T {
  return JSON.parse(fs.readFileSync(require.resolve(`@etalab/decoupage-administratif/data/${file}`), 'utf8')) as T;
}

/** Current communes plus the arrondissements municipaux of Paris, Lyon and Marseille. */
export function readCogCommunes(): CogCommune[] {
  return readPackageJson<CogCommune[]>('communes.json').filter(
    (commune) => commune.type === 'commune-actuelle' || commune.type === 'arrondissement-municipal',
  );
}

export const readCogDepartements = () => readPackageJson<CogDepartement[]>('departements.json');
export const readCogRegions = () => readPackageJson<CogRegion[]>('regions.json');
