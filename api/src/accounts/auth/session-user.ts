import type { Database } from '../../db/database';
import type { Role } from '@info-parquet/common';

export interface SessionUser {
  id: string;
  email: string;
  displayName: string;
  role: Role;
  juridictionId: string | null;
  active: boolean;
  juridictionNom: string | null;
}

/** The signed-in user, read on every request: one plain row, only the columns needed. */
export async function findSessionUser(db: Database, userId: string): Promise<SessionUser | undefined> {
  const [rows] = await db.query<SessionUser>(
    `SELECT u.id, u.email, u.display_name AS "displayName", u.role, u.juridiction_id AS "juridictionId", u.active,
            j.nom AS "juridictionNom"
     FROM users u LEFT JOIN juridictions j ON j.id = u.juridiction_id
     WHERE u.id = :userId`,
    { replacements: { userId } },
  );
  return rows[0];
}
