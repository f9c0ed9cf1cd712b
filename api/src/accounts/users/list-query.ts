import { ROLES, type AppAbility } from '@info-parquet/common';
import type { Database } from '../../db/database';
import { AppError } from '../../http/app-error';
import { oneOrMany, parseListQuery } from '../../http/simple-rest-query';
import { containsPattern } from '../../db/paged-list';
import { UUID } from '../../http/uuid';
import { findReadableUser, pageUsers, type UserFilter } from './users-repository';

const LIST = {
  filters: ['q', 'id', 'juridictionId', 'role', 'active'] as const,
  sorts: ['displayName', 'role', 'email'] as const,
  defaultSort: { field: 'displayName' as const, order: 'ASC' as const },
};

/** Users as ra-data-simple-rest lists them, limited in SQL to what the user's rules allow. */
export async function listUsers(db: Database, ability: AppAbility, query: Record<string, unknown>) {
  const { sort, offset, limit, filter } = parseListQuery(query, LIST);
  const criteria: UserFilter = {};
  if (filter.q !== undefined) criteria.pattern = containsPattern(filter.q);
  if (filter.id !== undefined) {
    const ids = Array.isArray(filter.id) ? filter.id : [filter.id];
    if (!ids.every((id) => typeof id === 'string' && UUID.test(id))) throw AppError.badRequest('Identifiant invalide pour le filtre « id ».');
    criteria.ids = ids as string[];
  }
  if (filter.juridictionId !== undefined) {
    const ids = Array.isArray(filter.juridictionId) ? filter.juridictionId : [filter.juridictionId];
    if (!ids.every((id) => typeof id === 'string')) throw AppError.badRequest('Filtre « juridiction » invalide.');
    criteria.juridictionIds = ids as string[];
  }
  if (filter.role !== undefined) criteria.roles = oneOrMany(filter.role, ROLES, 'rôle');
  if (filter.active !== undefined) {
    if (filter.active !== true && filter.active !== false) throw AppError.badRequest('Valeur de filtre invalide pour « actif » : true ou false.');
    criteria.active = filter.active;
  }
  return pageUsers(db, ability, criteria, sort, { limit, offset });
}

export async function getUser(db: Database, ability: AppAbility, id: string) {
  const user = UUID.test(id) ? await findReadableUser(db, ability, id) : undefined;
  if (!user) throw AppError.notFound('Utilisateur introuvable.');
  return user;
}
