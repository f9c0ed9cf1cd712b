import type { Database } from '../../db/database';
import { normalizeCommuneName } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { camelCaseKeys } from '../../db/rows';
import type { CommuneSummary } from './routing';

/**
 * Communes by name prefix, postal code or INSEE code, most populated first: what the form's
 * commune field suggests as the agent types (never the whole list to the browser).
 */
export async function searchCommunes(db: Database, rawQuery: unknown, limit = 20): Promise<CommuneSummary[]> {
  if (typeof rawQuery !== 'string' || rawQuery.trim().length < 2 || rawQuery.length > 100) {
    throw AppError.badRequest('Saisissez au moins 2 caractères du nom ou du code postal de la commune.');
  }
  const query = rawQuery.trim();
  let where: string;
  const replacements: Record<string, unknown> = { limit };
  if (/^\d{5}$/.test(query)) {
    where = '(codes_postaux @> ARRAY[:q]::text[] OR code_insee = :q)';
    replacements.q = query;
  } else if (/^\d{2,4}$/.test(query) || /^2[AaBb]\d{0,3}$/.test(query)) {
    where = `(EXISTS (SELECT 1 FROM unnest(codes_postaux) cp WHERE cp LIKE :prefix) OR code_insee LIKE :prefix)`;
    replacements.prefix = `${query.toUpperCase()}%`;
  } else {
    where = 'nom_recherche LIKE :prefix';
    replacements.prefix = `${normalizeCommuneName(query).replace(/[%_\\]/g, '')}%`;
  }
  const [rows] = await db.query(
    `SELECT code_insee, nom, departement_code, codes_postaux FROM communes
     WHERE ${where} ORDER BY population DESC NULLS LAST, nom LIMIT :limit`,
    { replacements },
  );
  return (rows as Record<string, unknown>[]).map((row) => camelCaseKeys<CommuneSummary>(row));
}
