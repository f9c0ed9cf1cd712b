import type { Migration } from '../migrator';

/** Back-office users and their sessions (shared by every API process). */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    CREATE TABLE users (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      email text NOT NULL,
      password_hash text,
      display_name text NOT NULL,
      role text NOT NULL CHECK (role IN ('admin_national', 'greffier', 'magistrat', 'analyste')),
      juridiction_id text REFERENCES juridictions(id),
      active boolean NOT NULL DEFAULT true,
      -- A single sign-on identity (OpenID Connect, e.g. ProConnect) can be attached later.
      oidc_issuer text,
      oidc_subject text,
      last_login_at timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      CHECK (role NOT IN ('greffier', 'magistrat') OR juridiction_id IS NOT NULL),
      CHECK ((oidc_issuer IS NULL) = (oidc_subject IS NULL))
    );
    CREATE UNIQUE INDEX users_email_idx ON users (lower(email));
    CREATE UNIQUE INDEX users_oidc_idx ON users (oidc_issuer, oidc_subject) WHERE oidc_issuer IS NOT NULL;
    CREATE INDEX users_juridiction_idx ON users (juridiction_id, role);

    -- connect-pg-simple's table.
    CREATE TABLE sessions (
      sid varchar PRIMARY KEY,
      sess json NOT NULL,
      expire timestamp(6) NOT NULL
    );
    CREATE INDEX sessions_expire_idx ON sessions (expire);

    -- Facts about this installation, e.g. when the demo data was seeded.
    CREATE TABLE app_settings (
      key text PRIMARY KEY,
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`DROP TABLE app_settings, sessions, users`);
};
