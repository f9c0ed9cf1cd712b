import { rulesToAST } from '@casl/ability/extra';
import type { AppAbility, UserAccountInput, UserRecord } from '@info-parquet/common';
import { sqlLiteral, type Database, type Row, type Transaction } from '../../db/database';
import { conditionToSql } from '../../http/casl-sql';
import { isoTimeOrNull } from '../../db/rows';
import { conditionsOf } from '../../db/paged-list';

/** The accounts (`users`) as the administration screens read and write them. */

/** The attributes that CASL conditions on User may name, and their columns. */
const USER_COLUMNS = { id: 'u.id', juridictionId: 'u.juridiction_id', role: 'u.role', active: 'u.active' };
const ORDER_BY = { displayName: 'u.display_name', role: 'u.role', email: 'lower(u.email)' } as const;
export type UserSort = keyof typeof ORDER_BY;

/**
 * What anyone allowed to read a user sees: never a password hash or a sign-on identity. The
 * keeper of the accounts also sees the lock-out, to lift it.
 */
const select = (ability: AppAbility) => `SELECT u.id, u.email, u.display_name, u.role, u.juridiction_id, j.nom AS juridiction_nom, u.active
  ${ability.can('update', 'User') ? ', u.locked_until' : ''}
  FROM users u LEFT JOIN juridictions j ON j.id = u.juridiction_id`;

const toUserRecord = (row: Row): UserRecord => ({
  id: row.id,
  email: row.email,
  displayName: row.display_name,
  role: row.role,
  juridictionId: row.juridiction_id,
  juridictionNom: row.juridiction_nom,
  active: row.active,
  ...('locked_until' in row ? { lockedUntil: isoTimeOrNull(row.locked_until) } : {}),
});

/** The users `ability` may read, as an SQL condition (the rules' values written as literals). */
const accessSql = (ability: AppAbility): string => conditionToSql(rulesToAST(ability, 'read', 'User'), USER_COLUMNS, sqlLiteral);

export interface UserFilter {
  /** An ILIKE pattern on the name and the address. */
  pattern?: string;
  ids?: string[];
  juridictionIds?: string[];
  roles?: string[];
  active?: boolean;
}

const CONDITIONS: Record<keyof UserFilter, string> = {
  pattern: '(u.display_name ILIKE :pattern OR u.email ILIKE :pattern)',
  ids: 'u.id IN (:ids)',
  juridictionIds: 'u.juridiction_id IN (:juridictionIds)',
  roles: 'u.role IN (:roles)',
  active: 'u.active = :active',
};

/** One page of the users `ability` may read, and their total. */
export async function pageUsers(
  db: Database,
  ability: AppAbility,
  filter: UserFilter,
  sort: { field: UserSort; order: 'ASC' | 'DESC' },
  page: { limit: number; offset: number },
) {
  const clause = [accessSql(ability), ...conditionsOf(filter, CONDITIONS)].join(' AND ');
  const replacements = { ...filter };
  const [rows] = await db.query(
    `${select(ability)} WHERE ${clause} ORDER BY ${ORDER_BY[sort.field]} ${sort.order}, u.id LIMIT ${page.limit} OFFSET ${page.offset}`,
    { replacements },
  );
  const [[{ total }]] = await db.query<{ total: number }>(`SELECT count(*)::int AS total FROM users u WHERE ${clause}`, { replacements });
  return { rows: rows.map(toUserRecord), total, offset: page.offset };
}

export async function findReadableUser(db: Database, ability: AppAbility, id: string): Promise<UserRecord | undefined> {
  const [rows] = await db.query(`${select(ability)} WHERE u.id = :id AND ${accessSql(ability)}`, { replacements: { id } });
  return rows[0] && toUserRecord(rows[0]);
}

/** Lifts a lock-out; the account and when its lock would have ended, or undefined when there is no such account. */
export async function clearLockout(
  db: Database,
  transaction: Transaction,
  id: string,
): Promise<{ id: string; email: string; wasLockedUntil: Date | null } | undefined> {
  const [rows] = await db.query<{ id: string; email: string; wasLockedUntil: Date | null }>(
    `UPDATE users u SET failed_login_count = 0, locked_until = NULL, updated_at = now()
     FROM (SELECT id, locked_until FROM users WHERE id = :id FOR UPDATE) previous
     WHERE u.id = previous.id
     RETURNING u.id, u.email, previous.locked_until AS "wasLockedUntil"`,
    { transaction, replacements: { id } },
  );
  return rows[0];
}

export async function activeCourtExists(db: Database, transaction: Transaction, juridictionId: unknown): Promise<boolean> {
  const [rows] = await db.query('SELECT 1 FROM juridictions WHERE id = :id AND active', { replacements: { id: juridictionId }, transaction });
  return rows.length > 0;
}

/** Whether another account (than `exceptId`) has this address, whatever its case. */
export async function emailTaken(db: Database, transaction: Transaction, email: string, exceptId: string | null): Promise<boolean> {
  const [rows] = await db.query('SELECT 1 FROM users WHERE lower(email) = lower(:email) AND id <> :exceptId', {
    replacements: { email, exceptId: exceptId ?? '00000000-0000-0000-0000-000000000000' },
    transaction,
  });
  return rows.length > 0;
}

/** A new account without a password (its owner sets it through the activation link). */
export async function insertUser(db: Database, transaction: Transaction, account: UserAccountInput): Promise<string> {
  const [[row]] = await db.query<{ id: string }>(
    `INSERT INTO users (email, display_name, role, juridiction_id, active, password_hash)
     VALUES (:email, :displayName, :role, :juridictionId, :active, NULL) RETURNING id`,
    { replacements: { ...account }, transaction },
  );
  return row.id;
}

export interface UserAccountRow {
  id: string;
  email: string;
  displayName: string;
  role: UserAccountInput['role'];
  juridictionId: string | null;
  active: boolean;
}

export async function lockUserAccount(db: Database, transaction: Transaction, id: string): Promise<UserAccountRow | undefined> {
  const [rows] = await db.query<UserAccountRow>(
    `SELECT id, email, display_name AS "displayName", role, juridiction_id AS "juridictionId", active
     FROM users WHERE id = :id FOR UPDATE`,
    { replacements: { id }, transaction },
  );
  return rows[0];
}

export async function updateUserAccount(db: Database, transaction: Transaction, id: string, account: UserAccountInput): Promise<void> {
  await db.query(
    `UPDATE users SET email = :email, display_name = :displayName, role = :role, juridiction_id = :juridictionId,
       active = :active, updated_at = now() WHERE id = :id`,
    { replacements: { ...account, id }, transaction },
  );
}
