import type { AdministrationInput, AdministrationRecord } from '@info-parquet/common';
import type { Database, Row, Transaction } from '../../db/database';
import { conditionsOf, pagedList } from '../../db/paged-list';
import { isoTime } from '../../db/rows';

/** The senders' directory: every statement on `administrations`. */

export type { AdministrationRecord };

const toAdministrationRecord = (row: Row): AdministrationRecord => ({
  id: row.id,
  nom: row.nom,
  kind: row.kind,
  departementCode: row.departement_code,
  email: row.email,
  siret: row.siret,
  active: row.active,
  createdAt: isoTime(row.created_at),
  updatedAt: isoTime(row.updated_at),
});

export interface AdministrationFilter {
  /** An ILIKE pattern on the name. */
  pattern?: string;
  ids?: number[];
  kinds?: string[];
  departementCode?: string;
  active?: boolean;
}

export type AdministrationSort = 'nom' | 'kind' | 'departementCode' | 'id';

/** Each sort and filter is served by an index of migrations 0001 and 0016. */
const ORDER_BY: Record<AdministrationSort, (dir: 'ASC' | 'DESC') => string> = {
  nom: (dir) => `lower(nom) ${dir}, id`,
  kind: (dir) => `kind ${dir}, lower(nom) ${dir}, id`,
  departementCode: (dir) => `departement_code ${dir} NULLS LAST, lower(nom) ${dir}, id`,
  id: (dir) => `id ${dir}`,
};
const CONDITIONS: Record<keyof AdministrationFilter, string> = {
  pattern: 'nom ILIKE :pattern',
  ids: 'id IN (:ids)',
  kinds: 'kind IN (:kinds)',
  departementCode: 'departement_code = :departementCode',
  active: 'active = :active',
};
const SELECT = `SELECT id, nom, kind, departement_code, email, siret, active, created_at, updated_at FROM administrations`;

export async function pageAdministrations(
  db: Database,
  filter: AdministrationFilter,
  sort: { field: AdministrationSort; order: 'ASC' | 'DESC' },
  page: { limit: number; offset: number },
) {
  return pagedList(db, {
    map: toAdministrationRecord,
    select: SELECT,
    table: 'administrations',
    where: conditionsOf(filter, CONDITIONS),
    orderBy: ORDER_BY[sort.field](sort.order),
    ...page,
    replacements: { ...filter },
  });
}

export async function findAdministration(db: Database, id: number): Promise<AdministrationRecord | undefined> {
  const [rows] = await db.query(`${SELECT} WHERE id = :id`, { replacements: { id } });
  return rows[0] && toAdministrationRecord(rows[0]);
}

/** The writable fields of an administration, its row locked until the transaction ends. */
export async function lockAdministration(db: Database, transaction: Transaction, id: number): Promise<AdministrationInput | undefined> {
  const [rows] = await db.query<AdministrationInput>(
    `SELECT nom, kind, departement_code AS "departementCode", email, siret, active FROM administrations WHERE id = :id FOR UPDATE`,
    { replacements: { id }, transaction },
  );
  return rows[0];
}

/** (kind, nom) is unique: a duplicate throws PostgreSQL's unique violation. */
export async function insertAdministration(db: Database, transaction: Transaction, values: AdministrationInput): Promise<number> {
  const [[row]] = await db.query<{ id: number }>(
    `INSERT INTO administrations (nom, kind, departement_code, email, siret, active)
     VALUES (:nom, :kind, :departementCode, :email, :siret, :active) RETURNING id`,
    { replacements: { ...values }, transaction },
  );
  return row.id;
}

export async function updateAdministrationRow(db: Database, transaction: Transaction, id: number, values: AdministrationInput): Promise<void> {
  await db.query(
    `UPDATE administrations SET nom = :nom, kind = :kind, departement_code = :departementCode, email = :email, siret = :siret,
       active = :active, updated_at = now() WHERE id = :id`,
    { replacements: { ...values, id }, transaction },
  );
}
