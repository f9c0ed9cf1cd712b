import type { Database, Transaction } from '../../db/database';
import type { Commune, JuridictionResume, Routage } from '@info-parquet/common';
import { AppError } from '../../http/app-error';

// The shapes of common's public contract (the OpenAPI document publishes the same).
export type CourtSummary = JuridictionResume;
export type CommuneSummary = Commune;
export type CommuneRouting = Routage;

/**
 * The competent court for the place of the facts (art. 43 CPP): a commune listed in
 * `routage_communes` (a court seat, the Ministry's table…), else its department when it has one
 * court, else the department's courts as candidates for the agent to choose from.
 */
export async function routeCommune(
  db: Database,
  codeInsee: string,
  transaction?: Transaction,
): Promise<CommuneRouting | null> {
  const [rows] = await db.query(
    `SELECT c.code_insee, c.nom, c.departement_code, c.codes_postaux,
            r.juridiction_id AS routed_id, r.source, d.juridiction_ids
     FROM communes c
     JOIN departements d ON d.code = c.departement_code
     LEFT JOIN routage_communes r ON r.commune_insee = c.code_insee
     WHERE c.code_insee = :codeInsee`,
    { replacements: { codeInsee }, transaction },
  );
  const [row] = rows as Array<{
    code_insee: string;
    nom: string;
    departement_code: string;
    codes_postaux: string[];
    routed_id: string | null;
    source: string | null;
    juridiction_ids: string[];
  }>;
  if (!row) return null;

  const courtIds = row.routed_id ? [row.routed_id] : row.juridiction_ids;
  const [courts] = await db.query(
    'SELECT id, nom, type FROM juridictions WHERE id IN (:ids) AND active ORDER BY nom',
    { replacements: { ids: courtIds.length > 0 ? courtIds : [''] }, transaction },
  );
  const list = courts as CourtSummary[];
  const certain = list.length === 1;
  return {
    commune: { codeInsee: row.code_insee, nom: row.nom, departementCode: row.departement_code, codesPostaux: row.codes_postaux },
    certain,
    juridiction: certain ? list[0] : null,
    candidates: certain ? [] : list,
    source: row.routed_id ? (row.source ?? 'commune') : certain ? 'departement' : 'candidats',
  };
}

export async function requireRouting(db: Database, codeInsee: string): Promise<CommuneRouting> {
  const routing = await routeCommune(db, codeInsee);
  if (!routing) throw AppError.notFound('Commune inconnue.');
  return routing;
}
