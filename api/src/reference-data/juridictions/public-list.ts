import type { Database } from '../../db/database';
import type { JuridictionPublique } from '@info-parquet/common';

/** The courts and specialised parquets a sender may choose, the specialised ones last. */
export async function listPublicJuridictions(db: Database): Promise<JuridictionPublique[]> {
  const [rows] = await db.query(
    `SELECT id, nom, type, competence FROM juridictions WHERE active
     ORDER BY CASE type WHEN 'SPECIALISE' THEN 1 ELSE 0 END, nom`,
  );
  return rows as JuridictionPublique[];
}
