import type { Sequelize } from 'sequelize';
import type { Role } from '@info-parquet/common';
import { hashPassword } from '../../api/src/auth/passwords';

export const DEMO_PASSWORD = 'demo-info-parquet';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  juridictionId: string | null;
}

/** The five accounts of ARCHITECTURE.md "Demo data", then a few more court users for realism. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { email: 'admin@justice.test', displayName: 'Hélène Marchand', role: 'admin_national', juridictionId: null },
  { email: 'greffier.blois@justice.test', displayName: 'Julien Robert', role: 'greffier', juridictionId: 'tj-blois' },
  { email: 'magistrat.blois@justice.test', displayName: 'Claire Dubois', role: 'magistrat', juridictionId: 'tj-blois' },
  { email: 'greffier.paris@justice.test', displayName: 'Sophie Garnier', role: 'greffier', juridictionId: 'tj-paris' },
  { email: 'analyste@justice.test', displayName: 'Léa Fontaine', role: 'analyste', juridictionId: null },
  { email: 'substitut.blois@justice.test', displayName: 'Thomas Petit', role: 'magistrat', juridictionId: 'tj-blois' },
  { email: 'magistrat.paris@justice.test', displayName: 'Antoine Moreau', role: 'magistrat', juridictionId: 'tj-paris' },
  { email: 'substitut.paris@justice.test', displayName: 'Nadia Benali', role: 'magistrat', juridictionId: 'tj-paris' },
];

/**
 * Creates the demo accounts that do not exist yet (password `demo-info-parquet`, argon2id).
 * Existing accounts are left alone, so a changed password or a deactivation survives a re-run;
 * only the missing ones pay the cost of a hash. Needs the courts (seedReferenceData) first.
 */
export async function seedDemoAccounts(sequelize: Sequelize): Promise<{ created: number; existing: number }> {
  const [rows] = await sequelize.query('SELECT lower(email) AS email FROM users WHERE lower(email) IN (:emails)', {
    replacements: { emails: DEMO_ACCOUNTS.map((account) => account.email.toLowerCase()) },
  });
  const existing = new Set((rows as Array<{ email: string }>).map((row) => row.email));
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.email.toLowerCase()));
  for (const account of missing) {
    await sequelize.query(
      `INSERT INTO users (email, password_hash, display_name, role, juridiction_id)
       VALUES (:email, :passwordHash, :displayName, :role, :juridictionId)
       ON CONFLICT ((lower(email))) DO NOTHING`,
      {
        replacements: {
          email: account.email,
          passwordHash: await hashPassword(DEMO_PASSWORD),
          displayName: account.displayName,
          role: account.role,
          juridictionId: account.juridictionId,
        },
      },
    );
  }
  return { created: missing.length, existing: existing.size };
}
