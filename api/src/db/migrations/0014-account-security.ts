import type { Migration } from '../migrator';

/**
 * Account security (issue 5): single-use e-mailed links to set a password, the TOTP second factor
 * and its recovery codes.
 *
 * - `account_tokens`: only the SHA-256 of each link's token, with its purpose and expiry.
 * - `users.totp_*`: the TOTP secret, encrypted (AES-256-GCM, key derived from SESSION_SECRET);
 *   `totp_pending_secret` during enrolment; `totp_last_step` refuses a code already used.
 * - `recovery_codes`: SHA-256 of each single-use recovery code (80 random bits each).
 * - Half-signed sessions (password checked, second factor not yet) hold `pendingUserId`: indexed
 *   like `userId`, so that ending a user's sessions ends those too.
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    CREATE TABLE account_tokens (
      token_hash text PRIMARY KEY,
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      purpose text NOT NULL CHECK (purpose IN ('reinitialisation', 'activation')),
      created_at timestamptz NOT NULL DEFAULT now(),
      expires_at timestamptz NOT NULL,
      used_at timestamptz
    );
    CREATE INDEX account_tokens_user_idx ON account_tokens (user_id);
    CREATE INDEX account_tokens_expires_idx ON account_tokens (expires_at);

    ALTER TABLE users
      ADD COLUMN totp_secret text,
      ADD COLUMN totp_pending_secret text,
      ADD COLUMN totp_enabled_at timestamptz,
      ADD COLUMN totp_last_step bigint,
      ADD CONSTRAINT users_totp_enabled_check CHECK ((totp_enabled_at IS NULL) = (totp_secret IS NULL));

    CREATE TABLE recovery_codes (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      code_hash text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      used_at timestamptz,
      PRIMARY KEY (user_id, code_hash)
    );

    CREATE INDEX sessions_pending_user_idx ON sessions ((sess->>'pendingUserId'));

  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`
    DROP INDEX sessions_pending_user_idx;
    DROP TABLE recovery_codes;
    ALTER TABLE users DROP CONSTRAINT users_totp_enabled_check,
      DROP COLUMN totp_secret, DROP COLUMN totp_pending_secret, DROP COLUMN totp_enabled_at, DROP COLUMN totp_last_step;
    DROP TABLE account_tokens;
  `);
};
