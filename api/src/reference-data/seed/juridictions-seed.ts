import type { Database, Transaction } from '../../db/database';
import { bulkInsert } from '../../db/bulk-insert';
import { readDepartements, readTribunaux, splitList } from './data-files';
import { SPECIALISED_PARQUETS } from './specialised-parquets';
import { readCogCommunes } from './cog';
import { typographicApostrophes } from './text';

const JURIDICTION_COLUMNS = {
  id: 'text',
  type: 'text',
  nom: 'text',
  siege: 'text',
  siege_code_insee: 'text',
  departement_code: 'text',
  cour_appel: 'text',
  chambres_proximite: 'text[]',
  departements_ressort: 'text[]',
  adresse: 'text',
  email_bureau_ordre: 'text',
  email_permanence: 'text',
  telephone_permanence: 'text',
  urgence_delai_minutes: 'integer',
  competence: 'text',
};

/**
 * A re-run refreshes what comes from the legal sources and keeps contact data, which an
 * administrator may have corrected in the back-office.
 */
const JURIDICTION_UPSERT = `ON CONFLICT (id) DO UPDATE SET
  type = EXCLUDED.type, nom = EXCLUDED.nom, siege = EXCLUDED.siege,
  siege_code_insee = EXCLUDED.siege_code_insee, departement_code = EXCLUDED.departement_code,
  cour_appel = EXCLUDED.cour_appel, chambres_proximite = EXCLUDED.chambres_proximite,
  departements_ressort = EXCLUDED.departements_ressort, updated_at = now()
  WHERE (juridictions.type, juridictions.nom, juridictions.siege, juridictions.siege_code_insee,
         juridictions.departement_code, juridictions.cour_appel, juridictions.chambres_proximite,
         juridictions.departements_ressort)
    IS DISTINCT FROM (EXCLUDED.type, EXCLUDED.nom, EXCLUDED.siege, EXCLUDED.siege_code_insee,
         EXCLUDED.departement_code, EXCLUDED.cour_appel, EXCLUDED.chambres_proximite,
         EXCLUDED.departements_ressort)`;

/** Fictional phone numbers: ARCEP keeps 01 99 00 xx xx for works of fiction. */
function fictionalPhone(index: number): string {
  const digits = String(index).padStart(4, '0');
  return `01 99 00 ${digits.slice(0, 2)} ${digits.slice(2)}`;
}

function contact(id: string, index: number) {
  const slug = id.replace(/^tj-/, '');
  return {
    email_bureau_ordre: `bureau-ordre.${slug}@justice.test`,
    email_permanence: `permanence.${slug}@justice.test`,
    telephone_permanence: fictionalPhone(index + 1),
    urgence_delai_minutes: 120,
  };
}

/**
 * No postal address was available (seeders/data/SOURCE.md): the seat's town line stands in for
 * it, « 41000 Blois » (the postcode only when the town has a single one). Printed under the
 * court's name, it must not repeat it.
 */
function townLine(siege: string, codeInsee: string, postcodes: ReadonlyMap<string, readonly string[]>): string {
  const codes = postcodes.get(codeInsee) ?? [];
  return codes.length === 1 ? `${codes[0]} ${siege}` : siege;
}

/** The placeholder addresses of earlier seeds, replaced on a re-run unless an administrator changed them. */
const formerPlaceholder = (type: string, siege: string) =>
  `${type === 'TJ' ? 'Tribunal judiciaire' : 'Tribunal de première instance'}, ${siege}`;

export function juridictionRows(): Array<Record<string, unknown>> {
  const postcodes = new Map(readCogCommunes().map((commune) => [commune.code, commune.codesPostaux ?? []]));
  const tribunaux = readTribunaux().map((row, index) => ({
    id: row.id,
    type: row.type,
    nom: typographicApostrophes(row.nom),
    siege: row.siege,
    siege_code_insee: row.siege_code_insee,
    departement_code: row.departement_code,
    cour_appel: typographicApostrophes(row.cour_appel),
    chambres_proximite: splitList(row.chambres_proximite).map(typographicApostrophes),
    departements_ressort: splitList(row.departements_ressort),
    adresse: townLine(row.siege, row.siege_code_insee, postcodes),
    former_adresse: formerPlaceholder(row.type, row.siege),
    competence: '',
    ...contact(row.id, index),
  }));
  const specialises = SPECIALISED_PARQUETS.map((parquet, index) => ({
    id: parquet.id,
    type: 'SPECIALISE',
    nom: parquet.nom,
    siege: 'Paris',
    siege_code_insee: '75056',
    departement_code: '75',
    cour_appel: 'Cour d’appel de Paris',
    chambres_proximite: [],
    departements_ressort: [],
    adresse: 'Paris',
    former_adresse: `${parquet.nom}, Paris`,
    competence: parquet.competence,
    ...contact(parquet.id, tribunaux.length + index),
  }));
  return [...tribunaux, ...specialises];
}

export async function seedJuridictions(db: Database, transaction: Transaction): Promise<number> {
  const rows = juridictionRows();
  await bulkInsert(db, 'juridictions', JURIDICTION_COLUMNS, rows, { transaction, onConflict: JURIDICTION_UPSERT });
  await db.query(
    `UPDATE juridictions j SET adresse = x.adresse, updated_at = now()
     FROM json_to_recordset($1::json) AS x(id text, adresse text, former_adresse text)
     WHERE j.id = x.id AND j.adresse = x.former_adresse`,
    { bind: [JSON.stringify(rows.map(({ id, adresse, former_adresse }) => ({ id, adresse, former_adresse })))], transaction },
  );
  return rows.length;
}

export async function seedDepartements(db: Database, transaction: Transaction): Promise<Set<string>> {
  const rows = readDepartements().map((row) => ({
    code: row.departement_code,
    nom: row.departement_nom,
    cour_appel: typographicApostrophes(row.cour_appel),
    juridiction_ids: splitList(row.tj_candidats_ids),
    notes: row.notes,
  }));
  await bulkInsert(
    db,
    'departements',
    { code: 'text', nom: 'text', cour_appel: 'text', juridiction_ids: 'text[]', notes: 'text' },
    rows,
    {
      transaction,
      onConflict: `ON CONFLICT (code) DO UPDATE SET nom = EXCLUDED.nom, cour_appel = EXCLUDED.cour_appel,
        juridiction_ids = EXCLUDED.juridiction_ids, notes = EXCLUDED.notes
        WHERE (departements.nom, departements.cour_appel, departements.juridiction_ids, departements.notes)
          IS DISTINCT FROM (EXCLUDED.nom, EXCLUDED.cour_appel, EXCLUDED.juridiction_ids, EXCLUDED.notes)`,
    },
  );
  return new Set(rows.map((row) => row.code));
}
