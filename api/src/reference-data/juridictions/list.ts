import { isDepartementCode, type JuridictionPublique } from '@info-parquet/common';
import type { Database } from '../../db/database';
import { AppError } from '../../http/app-error';
import { oneOrMany, parseListQuery } from '../../http/simple-rest-query';
import { activeFilter, containsPattern } from '../../db/paged-list';
import { findJuridiction, pageJuridictions, selectPublicJuridictions, type JuridictionFilter, type JuridictionRecord } from './juridictions-repository';

const LIST = {
  filters: ['q', 'id', 'type', 'departementCode', 'active'] as const,
  sorts: ['nom', 'id', 'type', 'departementCode'] as const,
  defaultSort: { field: 'nom' as const, order: 'ASC' as const },
};

/** The courts and specialised parquets a sender may choose (the public form). */
export const listPublicJuridictions = (db: Database): Promise<JuridictionPublique[]> => selectPublicJuridictions(db);

/** Courts as ra-data-simple-rest lists them: every signed-in user reads them (routing, transfers). */
export async function listJuridictions(db: Database, query: Record<string, unknown>) {
  const { sort, offset, limit, filter } = parseListQuery(query, LIST);
  const criteria: JuridictionFilter = {};
  if (filter.q !== undefined) criteria.pattern = containsPattern(filter.q);
  if (filter.id !== undefined) {
    const ids = Array.isArray(filter.id) ? filter.id : [filter.id];
    if (!ids.every((id) => typeof id === 'string')) throw AppError.badRequest('Identifiant invalide pour le filtre « id ».');
    criteria.ids = ids as string[];
  }
  if (filter.type !== undefined) criteria.types = oneOrMany(filter.type, ['TJ', 'TPI', 'SPECIALISE'], 'type');
  if (filter.departementCode !== undefined) {
    if (!isDepartementCode(filter.departementCode)) {
      throw AppError.badRequest('Code de département invalide pour le filtre « département ».');
    }
    criteria.departementCode = filter.departementCode;
  }
  if (filter.active !== undefined) criteria.active = activeFilter(filter.active);
  return pageJuridictions(db, criteria, sort, { limit, offset });
}

export async function getJuridiction(db: Database, id: string): Promise<JuridictionRecord> {
  const juridiction = await findJuridiction(db, id);
  if (!juridiction) throw AppError.notFound('Juridiction introuvable.');
  return juridiction;
}
