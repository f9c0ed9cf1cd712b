import type { Database } from '../../db/database';
import { normalizeCommuneName } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import type { CommuneSummary } from './routing';
import { searchCommuneRows, type CommuneMatch } from './communes-repository';

/**
 * Communes by name prefix, postal code or INSEE code, most populated first: what the form's
 * commune field suggests as the agent types (never the whole list to the browser).
 */
export async function searchCommunes(db: Database, rawQuery: unknown, limit = 20): Promise<CommuneSummary[]> {
  if (typeof rawQuery !== 'string' || rawQuery.trim().length < 2 || rawQuery.length > 100) {
    throw AppError.badRequest('Saisissez au moins 2 caractères du nom ou du code postal de la commune.');
  }
  const query = rawQuery.trim();
  let match: CommuneMatch;
  if (/^\d{5}$/.test(query)) match = { by: 'code', code: query };
  else if (/^\d{2,4}$/.test(query) || /^2[AaBb]\d{0,3}$/.test(query)) match = { by: 'codePrefix', prefix: `${query.toUpperCase()}%` };
  else match = { by: 'namePrefix', prefix: `${normalizeCommuneName(query).replace(/[%_\\]/g, '')}%` };
  return searchCommuneRows(db, match, limit);
}
