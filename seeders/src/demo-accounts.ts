import type { Database } from '@info-parquet/api/src/db/database';
import type { Role } from '@info-parquet/common';
import { hashPassword } from '@info-parquet/api/src/accounts/auth/passwords';
import { sealTotpSecret } from '@info-parquet/api/src/accounts/auth/totp-secret-box';

export const DEMO_PASSWORD = 'demo-info-parquet';

/**
 * The demo national administrator's TOTP secret (Base32), documented in the README so that anyone
 * can add it to an authenticator app (or run `npm run demo:totp`). Demo data only.
 */
export const DEMO_TOTP_SECRET = 'INFOPARQUETDEMOADMINTOTPSECRET23';
export const DEMO_TOTP_EMAIL = 'admin@justice.test';

export interface DemoAccount {
  email: string;
  displayName: string;
  role: Role;
  juridictionId: string | null;
}

/** The five demo accounts listed in the README, then a few more court users for realism. */
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
 * Creates the demo accounts that do not exist yet (password `demo-info-parquet`, argon2id), and
 * with `sessionSecret` gives the demo national administrator its documented TOTP secret.
 * Existing accounts are left alone, so a changed password or a deactivation survives a re-run;
 * only the missing ones pay the cost of a hash. Needs the courts (seedReferenceData) first.
 */
export async function seedDemoAccounts(
  db: Database,
  options: { sessionSecret?: string } = {},
): Promise<{ created: number; existing: number }> {
  const [rows] = await db.query('SELECT lower(email) AS email FROM users WHERE lower(email) IN (:emails)', {
    replacements: { emails: DEMO_ACCOUNTS.map((account) => account.email.toLowerCase()) },
  });
  const existing = new Set((rows as Array<{ email: string }>).map((row) => row.email));
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.email.toLowerCase()));
  for (const account of missing) {
    await db.query(
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
  // The national administrator must give a second factor: the demo one gets the documented secret
  // (sealed with the session secret, as the API reads it), unless it already has one.
  if (options.sessionSecret) {
    await db.query(
      `UPDATE users SET totp_secret = :sealed, totp_enabled_at = now()
       WHERE lower(email) = :email AND totp_secret IS NULL`,
      { replacements: { sealed: sealTotpSecret(options.sessionSecret, DEMO_TOTP_SECRET), email: DEMO_TOTP_EMAIL } },
    );
  }
  return { created: missing.length, existing: existing.size };
}
