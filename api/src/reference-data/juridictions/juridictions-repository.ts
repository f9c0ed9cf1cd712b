import type { JuridictionPublique, JuridictionRecord, ReferenceChangeRecord } from '@info-parquet/common';
import type { Database, Row, Transaction } from '../../db/database';
import { conditionsOf, pagedList } from '../../db/paged-list';
import { isoTime } from '../../db/rows';

/** The courts' and the reference changes' SQL: every statement of this part of the domain. */

export type { JuridictionRecord };

/** The fields the national administrator edits. */
export type JuridictionEditable = Pick<JuridictionRecord, 'adresse' | 'emailBureauOrdre' | 'emailPermanence' | 'telephonePermanence' | 'urgenceDelaiMinutes' | 'active'>;

export interface JuridictionFilter {
  /** An ILIKE pattern on the name and the seat. */
  pattern?: string;
  ids?: string[];
  types?: string[];
  departementCode?: string;
  active?: boolean;
}

export type JuridictionSort = 'nom' | 'id' | 'type' | 'departementCode';

/** Each sort and filter is served by an index of migrations 0001 and 0016. */
const ORDER_BY: Record<JuridictionSort, (dir: 'ASC' | 'DESC') => string> = {
  nom: (dir) => `nom ${dir}, id`,
  id: (dir) => `id ${dir}`,
  type: (dir) => `type ${dir}, nom ${dir}, id`,
  departementCode: (dir) => `departement_code ${dir}, nom ${dir}, id`,
};
const CONDITIONS: Record<keyof JuridictionFilter, string> = {
  pattern: '(nom ILIKE :pattern OR siege ILIKE :pattern)',
  ids: 'id IN (:ids)',
  types: 'type IN (:types)',
  // A court serves the departments of its jurisdiction (GIN index on the array).
  departementCode: 'departements_ressort @> ARRAY[:departementCode]::text[]',
  active: 'active = :active',
};
const SELECT = `SELECT id, type, nom, siege, siege_code_insee, departement_code, cour_appel, chambres_proximite,
  departements_ressort, adresse, email_bureau_ordre, email_permanence, telephone_permanence, urgence_delai_minutes,
  competence, active FROM juridictions`;

const toJuridictionRecord = (row: Row): JuridictionRecord => ({
  id: row.id,
  type: row.type,
  nom: row.nom,
  siege: row.siege,
  siegeCodeInsee: row.siege_code_insee,
  departementCode: row.departement_code,
  courAppel: row.cour_appel,
  chambresProximite: row.chambres_proximite,
  departementsRessort: row.departements_ressort,
  adresse: row.adresse,
  emailBureauOrdre: row.email_bureau_ordre,
  emailPermanence: row.email_permanence,
  telephonePermanence: row.telephone_permanence,
  urgenceDelaiMinutes: row.urgence_delai_minutes,
  competence: row.competence,
  active: row.active,
});

/** The courts and specialised parquets a sender may choose, the specialised ones last. */
export async function selectPublicJuridictions(db: Database): Promise<JuridictionPublique[]> {
  const [rows] = await db.query<JuridictionPublique>(
    `SELECT id, nom, type, competence FROM juridictions WHERE active
     ORDER BY CASE type WHEN 'SPECIALISE' THEN 1 ELSE 0 END, nom`,
  );
  return rows;
}

export async function pageJuridictions(
  db: Database,
  filter: JuridictionFilter,
  sort: { field: JuridictionSort; order: 'ASC' | 'DESC' },
  page: { limit: number; offset: number },
) {
  return pagedList(db, {
    map: toJuridictionRecord,
    select: SELECT,
    table: 'juridictions',
    where: conditionsOf(filter, CONDITIONS),
    orderBy: ORDER_BY[sort.field](sort.order),
    ...page,
    replacements: { ...filter },
  });
}

export async function findJuridiction(db: Database, id: string): Promise<JuridictionRecord | undefined> {
  const [rows] = await db.query(`${SELECT} WHERE id = :id`, { replacements: { id } });
  return rows[0] && toJuridictionRecord(rows[0]);
}

/** The editable fields of a court, its row locked until the transaction ends. */
export async function lockJuridictionEditable(db: Database, transaction: Transaction, id: string): Promise<JuridictionEditable | undefined> {
  const [rows] = await db.query<JuridictionEditable>(
    `SELECT adresse, email_bureau_ordre AS "emailBureauOrdre", email_permanence AS "emailPermanence",
            telephone_permanence AS "telephonePermanence", urgence_delai_minutes AS "urgenceDelaiMinutes", active
     FROM juridictions WHERE id = :id FOR UPDATE`,
    { replacements: { id }, transaction },
  );
  return rows[0];
}

export async function updateJuridictionEditable(db: Database, transaction: Transaction, id: string, values: JuridictionEditable): Promise<void> {
  await db.query(
    `UPDATE juridictions SET adresse = :adresse, email_bureau_ordre = :emailBureauOrdre, email_permanence = :emailPermanence,
       telephone_permanence = :telephonePermanence, urgence_delai_minutes = :urgenceDelaiMinutes, active = :active, updated_at = now()
     WHERE id = :id`,
    { replacements: { ...values, id }, transaction },
  );
}

export type ReferenceEntity = 'juridiction' | 'administration';

export interface ReferenceChangeRow {
  entity: ReferenceEntity;
  entityId: string;
  action: 'create' | 'update';
  userId: string;
  userEmail: string;
  changes: Record<string, unknown>;
}

/** Appends one change (the table refuses updates and deletes). */
export async function insertReferenceChange(db: Database, transaction: Transaction, change: ReferenceChangeRow): Promise<void> {
  await db.query(
    `INSERT INTO reference_changes (entity, entity_id, action, user_id, user_email, changes)
     VALUES (:entity, :entityId, :action, :userId, :userEmail, :changes::jsonb)`,
    { transaction, replacements: { ...change, changes: JSON.stringify(change.changes) } },
  );
}

/** One page of a record's history (index (entity, entity_id, at)). */
export async function pageReferenceChanges(
  db: Database,
  record: { entity: string; entityId: string },
  order: 'ASC' | 'DESC',
  page: { limit: number; offset: number },
) {
  return pagedList(db, {
    map: (row): ReferenceChangeRecord => ({
      id: row.id,
      at: isoTime(row.at),
      entity: row.entity,
      entityId: row.entity_id,
      action: row.action,
      userEmail: row.user_email,
      changes: row.changes,
    }),
    select: 'SELECT id::text, at, entity, entity_id, action, user_email, changes FROM reference_changes',
    table: 'reference_changes',
    where: ['entity = :entity', 'entity_id = :entityId'],
    orderBy: `at ${order}, id ${order}`,
    ...page,
    replacements: record,
  });
}
