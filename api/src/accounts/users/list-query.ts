import { sqlLiteral, type Database } from '../../db/database';
import { rulesToAST } from '@casl/ability/extra';
import { ROLES, type AppAbility } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { conditionToSql } from '../../http/casl-sql';
import { oneOrMany, parseListQuery } from '../../http/simple-rest-query';
import { camelCaseKeys } from '../../db/rows';
import { containsPattern } from '../../db/paged-list';
import { UUID } from '../../http/uuid';

const FILTERS = ['q', 'id', 'juridictionId', 'role', 'active'] as const;
const SORTS = ['displayName', 'role', 'email'] as const;
const ORDER_BY = { displayName: 'u.display_name', role: 'u.role', email: 'lower(u.email)' } as const;
/** The attributes that CASL conditions on User may name, and their columns. */
const USER_COLUMNS = { id: 'u.id', juridictionId: 'u.juridiction_id', role: 'u.role', active: 'u.active' };

/**
 * What anyone allowed to read a user sees: never a password hash or a sign-on identity. The
 * keeper of the accounts also sees the lock-out, to lift it.
 */
const select = (ability: AppAbility) => `SELECT u.id, u.email, u.display_name, u.role, u.juridiction_id, j.nom AS juridiction_nom, u.active
  ${ability.can('update', 'User') ? ', u.locked_until' : ''}
  FROM users u LEFT JOIN juridictions j ON j.id = u.juridiction_id`;

function accessSql(db: Database, ability: AppAbility): string {
  return conditionToSql(rulesToAST(ability, 'read', 'User'), USER_COLUMNS, (value) => sqlLiteral(value));
}

/** Users as ra-data-simple-rest lists them, limited in SQL to what the user's rules allow. */
export async function listUsers(db: Database, ability: AppAbility, query: Record<string, unknown>) {
  const { sort, offset, limit, filter } = parseListQuery(query, {
    filters: FILTERS,
    sorts: SORTS,
    defaultSort: { field: 'displayName', order: 'ASC' },
  });
  const esc = (value: unknown) => sqlLiteral(value);
  const where = [accessSql(db, ability)];
  if (filter.q !== undefined) {
    const pattern = esc(containsPattern(filter.q));
    where.push(`(u.display_name ILIKE ${pattern} OR u.email ILIKE ${pattern})`);
  }
  if (filter.id !== undefined) {
    const ids = Array.isArray(filter.id) ? filter.id : [filter.id];
    if (!ids.every((id) => typeof id === 'string' && UUID.test(id))) throw AppError.badRequest('Identifiant invalide pour le filtre « id ».');
    where.push(ids.length ? `u.id IN (${ids.map(esc).join(', ')})` : 'FALSE');
  }
  if (filter.juridictionId !== undefined) {
    const ids = Array.isArray(filter.juridictionId) ? filter.juridictionId : [filter.juridictionId];
    if (!ids.every((id) => typeof id === 'string')) throw AppError.badRequest('Filtre « juridiction » invalide.');
    where.push(`u.juridiction_id IN (${ids.map(esc).join(', ')})`);
  }
  if (filter.role !== undefined) where.push(`u.role IN (${oneOrMany(filter.role, ROLES, 'rôle').map(esc).join(', ')})`);
  if (filter.active !== undefined) {
    if (filter.active !== true && filter.active !== false) throw AppError.badRequest('Valeur de filtre invalide pour « actif » : true ou false.');
    where.push(`u.active = ${filter.active}`);
  }
  const clause = where.join(' AND ');
  const [rows] = await db.query(
    `${select(ability)} WHERE ${clause} ORDER BY ${ORDER_BY[sort.field]} ${sort.order}, u.id LIMIT ${limit} OFFSET ${offset}`,
  );
  const [[{ total }]] = (await db.query(`SELECT count(*)::int AS total FROM users u WHERE ${clause}`)) as [
    [{ total: number }],
    unknown,
  ];
  return { rows: (rows as Record<string, unknown>[]).map((row) => camelCaseKeys(row)), total, offset };
}

export async function getUser(db: Database, ability: AppAbility, id: string) {
  if (!UUID.test(id)) throw AppError.notFound('Utilisateur introuvable.');
  const [rows] = await db.query(`${select(ability)} WHERE u.id = :id AND ${accessSql(db, ability)}`, { replacements: { id } });
  const [row] = rows as Record<string, unknown>[];
  if (!row) throw AppError.notFound('Utilisateur introuvable.');
  return camelCaseKeys(row);
}
