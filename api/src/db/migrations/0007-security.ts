import type { Migration } from '../migrator';

/**
 * Accounts that resist attack, and their log:
 * - lock-out state on users (consecutive failures, locked until);
 * - sign-in throttles shared by every API process (fixed windows, one row per IP and per IP + account);
 * - the security log and the log of referral consultations, both append-only;
 * - an index to find every session of a user ("sign out everywhere", deactivation).
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    ALTER TABLE users
      ADD COLUMN failed_login_count integer NOT NULL DEFAULT 0,
      ADD COLUMN locked_until timestamptz,
      ADD COLUMN password_changed_at timestamptz;

    -- email = '' is the per-IP counter; otherwise the per-IP-and-account one (lower-cased, known or not).
    CREATE TABLE login_throttles (
      ip text NOT NULL,
      email text NOT NULL,
      window_start timestamptz NOT NULL,
      failures integer NOT NULL,
      PRIMARY KEY (ip, email)
    );
    CREATE INDEX login_throttles_email_idx ON login_throttles (email) WHERE email <> '';
    CREATE INDEX login_throttles_window_idx ON login_throttles (window_start);

    CREATE INDEX sessions_user_idx ON sessions ((sess->>'userId'));

    CREATE TABLE security_events (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      type text NOT NULL CHECK (type IN ('login_succeeded', 'login_failed', 'account_locked', 'account_unlocked',
        'rate_limited', 'permission_denied', 'logout_all', 'password_changed', 'role_changed')),
      -- The account concerned (when known) and the address that was typed (even for unknown accounts).
      user_id uuid,
      email text,
      ip text,
      user_agent text,
      details jsonb NOT NULL DEFAULT '{}'::jsonb
    );
    CREATE INDEX security_events_at_idx ON security_events (at);
    CREATE INDEX security_events_type_at_idx ON security_events (type, at);
    CREATE INDEX security_events_user_at_idx ON security_events (user_id, at);

    -- Who read which referral, and when (the list does not log each row).
    CREATE TABLE saisine_consultations (
      id bigserial PRIMARY KEY,
      saisine_id uuid NOT NULL REFERENCES saisines(id),
      user_id uuid NOT NULL REFERENCES users(id),
      at timestamptz NOT NULL DEFAULT now(),
      ip text,
      user_agent text
    );
    CREATE INDEX saisine_consultations_saisine_at_idx ON saisine_consultations (saisine_id, at);
    CREATE INDEX saisine_consultations_user_at_idx ON saisine_consultations (user_id, at);

    CREATE FUNCTION append_only_log() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION '% est en ajout seul : % refusé', TG_TABLE_NAME, TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER security_events_no_update_trg BEFORE UPDATE OR DELETE ON security_events
      FOR EACH ROW EXECUTE FUNCTION append_only_log();
    CREATE TRIGGER security_events_no_truncate_trg BEFORE TRUNCATE ON security_events
      FOR EACH STATEMENT EXECUTE FUNCTION append_only_log();
    CREATE TRIGGER saisine_consultations_no_update_trg BEFORE UPDATE OR DELETE ON saisine_consultations
      FOR EACH ROW EXECUTE FUNCTION append_only_log();
    CREATE TRIGGER saisine_consultations_no_truncate_trg BEFORE TRUNCATE ON saisine_consultations
      FOR EACH STATEMENT EXECUTE FUNCTION append_only_log();
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`
    DROP TABLE saisine_consultations, security_events, login_throttles;
    DROP FUNCTION append_only_log;
    DROP INDEX sessions_user_idx;
    ALTER TABLE users DROP COLUMN failed_login_count, DROP COLUMN locked_until, DROP COLUMN password_changed_at;
  `);
};
