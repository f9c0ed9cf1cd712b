import type { Commune, JuridictionResume } from '@info-parquet/common';
import type { Database, Transaction } from '../../db/database';

/** Communes, departments and the routing table: every statement the routing reads. */

/** How the commune field's text is matched. */
export type CommuneMatch =
  | { by: 'code'; code: string }
  | { by: 'codePrefix'; prefix: string }
  | { by: 'namePrefix'; prefix: string };

const MATCH_SQL: Record<CommuneMatch['by'], string> = {
  code: '(codes_postaux @> ARRAY[:code]::text[] OR code_insee = :code)',
  codePrefix: '(EXISTS (SELECT 1 FROM unnest(codes_postaux) cp WHERE cp LIKE :prefix) OR code_insee LIKE :prefix)',
  namePrefix: 'nom_recherche LIKE :prefix',
};

/** The most populated communes matching, then by name. */
export async function searchCommuneRows(db: Database, match: CommuneMatch, limit: number): Promise<Commune[]> {
  const [rows] = await db.query<Commune>(
    `SELECT code_insee AS "codeInsee", nom, departement_code AS "departementCode", codes_postaux AS "codesPostaux" FROM communes
     WHERE ${MATCH_SQL[match.by]} ORDER BY population DESC NULLS LAST, nom LIMIT :limit`,
    { replacements: { ...match, limit } },
  );
  return rows;
}

export interface CommuneRoutingRow {
  commune: Commune;
  /** The court of the routing table (a court seat, the Ministry's table…), if the commune is listed. */
  routedId: string | null;
  source: string | null;
  /** The courts of the commune's department. */
  departementCourtIds: string[];
}

export async function findCommuneRouting(db: Database, codeInsee: string, transaction?: Transaction): Promise<CommuneRoutingRow | null> {
  const [[row]] = await db.query<Commune & { routedId: string | null; source: string | null; departementCourtIds: string[] }>(
    `SELECT c.code_insee AS "codeInsee", c.nom, c.departement_code AS "departementCode", c.codes_postaux AS "codesPostaux",
            r.juridiction_id AS "routedId", r.source, d.juridiction_ids AS "departementCourtIds"
     FROM communes c
     JOIN departements d ON d.code = c.departement_code
     LEFT JOIN routage_communes r ON r.commune_insee = c.code_insee
     WHERE c.code_insee = :codeInsee`,
    { replacements: { codeInsee }, transaction },
  );
  if (!row) return null;
  const { routedId, source, departementCourtIds, ...commune } = row;
  return { commune, routedId, source, departementCourtIds };
}

/** The active courts among `ids`, by name. */
export async function activeCourtsAmong(db: Database, ids: string[], transaction?: Transaction): Promise<JuridictionResume[]> {
  const [rows] = await db.query<JuridictionResume>('SELECT id, nom, type FROM juridictions WHERE id IN (:ids) AND active ORDER BY nom', {
    replacements: { ids },
    transaction,
  });
  return rows;
}
