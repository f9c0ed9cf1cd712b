import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { PROJECT_ROOT } from '../../config';

/** The reference CSV files, kept with their sources in seeders/data (see its SOURCE.md). */
export const DATA_DIR = path.join(PROJECT_ROOT, 'seeders', 'data');

export interface TribunalRow {
  id: string;
  type: 'TJ' | 'TPI';
  nom: string;
  siege: string;
  siege_code_insee: string;
  departement_code: string;
  departement_nom: string;
  cour_appel: string;
  chambres_proximite: string;
  departements_ressort: string;
}

export interface DepartementRow {
  departement_code: string;
  departement_nom: string;
  cour_appel: string;
  nb_juridictions: string;
  tj_unique_id: string;
  tj_candidats_ids: string;
  notes: string;
}

export interface CommuneSiegeRow {
  commune_code_insee: string;
  commune_nom: string;
  type_commune: string;
  departement_code: string;
  tj_id: string;
  tj_nom: string;
  fondement: string;
  departement_mono_tj: string;
}

function readCsv<T>(file: string): T[] {
  const content = fs.readFileSync(path.join(DATA_DIR, file), 'utf8');
  return parse(content, { columns: true, skip_empty_lines: true, bom: true }) as T[];
}

/** `a|b|c` cells -> arrays; an empty cell is an empty array. */
export function splitList(cell: string): string[] {
  return cell ? cell.split('|').map((item) => item.trim()).filter(Boolean) : [];
}

export const readTribunaux = () => readCsv<TribunalRow>('tribunaux_judiciaires.csv');
export const readDepartements = () => readCsv<DepartementRow>('departements_tj.csv');
export const readCommunesSieges = () => readCsv<CommuneSiegeRow>('communes_sieges_tj.csv');
