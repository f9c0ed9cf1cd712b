import { ADMINISTRATION_KINDS, isDepartementCode } from '@info-parquet/common';
import type { Database } from '../../db/database';
import { AppError } from '../../http/app-error';
import { oneOrMany, parseListQuery } from '../../http/simple-rest-query';
import { activeFilter, containsPattern } from '../../db/paged-list';
import { findAdministration, pageAdministrations, type AdministrationFilter, type AdministrationRecord } from './administrations-repository';

const LIST = {
  filters: ['q', 'id', 'kind', 'departementCode', 'active'] as const,
  sorts: ['nom', 'kind', 'departementCode', 'id'] as const,
  defaultSort: { field: 'nom' as const, order: 'ASC' as const },
};

/** An administration's id as the URL gives it, or null when it cannot be one. */
export function administrationId(id: string): number | null {
  return /^[1-9]\d{0,9}$/.test(id) ? Number(id) : null;
}

/** Administrations as ra-data-simple-rest lists them (the senders' directory). */
export async function listAdministrations(db: Database, query: Record<string, unknown>) {
  const { sort, offset, limit, filter } = parseListQuery(query, LIST);
  const criteria: AdministrationFilter = {};
  if (filter.q !== undefined) criteria.pattern = containsPattern(filter.q);
  if (filter.id !== undefined) {
    const ids = Array.isArray(filter.id) ? filter.id : [filter.id];
    if (!ids.every((id) => Number.isInteger(Number(id)) && Number(id) > 0)) throw AppError.badRequest('Identifiant invalide pour le filtre « id ».');
    criteria.ids = ids.map(Number);
  }
  if (filter.kind !== undefined) criteria.kinds = oneOrMany(filter.kind, ADMINISTRATION_KINDS, 'type');
  if (filter.departementCode !== undefined) {
    if (!isDepartementCode(filter.departementCode)) throw AppError.badRequest('Code de département invalide pour le filtre « département ».');
    criteria.departementCode = filter.departementCode;
  }
  if (filter.active !== undefined) criteria.active = activeFilter(filter.active);
  return pageAdministrations(db, criteria, sort, { limit, offset });
}

export async function getAdministration(db: Database, id: string): Promise<AdministrationRecord> {
  const key = administrationId(id);
  const administration = key === null ? undefined : await findAdministration(db, key);
  if (!administration) throw AppError.notFound('Administration introuvable.');
  return administration;
}
