import type { Migration } from '../migrator';

/**
 * The national administrator's screens:
 * - administrations gain a contact address, a SIRET and an activation flag;
 * - the administrator's list filters and sorts on courts and administrations are indexed
 *   (name search by trigram, type, department);
 * - every change to reference data (courts, administrations) is kept in an append-only log;
 * - the security log is filtered by address (prefix) and IP;
 * - a mail's secrets (tracking links) are stored sealed, apart from its body, and dropped once sent.
 *   Mails already sent lose their tracking links: they served their purpose.
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    CREATE EXTENSION IF NOT EXISTS pg_trgm;

    ALTER TABLE administrations
      ADD COLUMN email text NOT NULL DEFAULT '',
      ADD COLUMN siret text NOT NULL DEFAULT '' CHECK (siret = '' OR siret ~ '^[0-9]{14}$'),
      ADD COLUMN active boolean NOT NULL DEFAULT true,
      ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
    CREATE INDEX administrations_nom_trgm_idx ON administrations USING gin (nom gin_trgm_ops);
    CREATE INDEX administrations_kind_nom_idx ON administrations (kind, lower(nom));
    CREATE INDEX administrations_departement_nom_idx ON administrations (departement_code, lower(nom));
    CREATE INDEX administrations_active_nom_idx ON administrations (active, lower(nom));

    CREATE INDEX juridictions_nom_trgm_idx ON juridictions USING gin (nom gin_trgm_ops);
    CREATE INDEX juridictions_siege_trgm_idx ON juridictions USING gin (siege gin_trgm_ops);
    CREATE INDEX juridictions_type_nom_idx ON juridictions (type, nom);
    CREATE INDEX juridictions_departement_idx ON juridictions (departement_code, nom);
    CREATE INDEX juridictions_ressort_idx ON juridictions USING gin (departements_ressort);

    CREATE TABLE reference_changes (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      entity text NOT NULL CHECK (entity IN ('juridiction', 'administration')),
      entity_id text NOT NULL,
      action text NOT NULL CHECK (action IN ('create', 'update')),
      user_id uuid REFERENCES users(id),
      user_email text NOT NULL,
      -- { field: { "from": …, "to": … } } for the fields that changed.
      changes jsonb NOT NULL
    );
    CREATE INDEX reference_changes_entity_at_idx ON reference_changes (entity, entity_id, at);
    CREATE TRIGGER reference_changes_no_update_trg BEFORE UPDATE OR DELETE ON reference_changes
      FOR EACH ROW EXECUTE FUNCTION append_only_log();
    CREATE TRIGGER reference_changes_no_truncate_trg BEFORE TRUNCATE ON reference_changes
      FOR EACH STATEMENT EXECUTE FUNCTION append_only_log();

    CREATE INDEX security_events_email_at_idx ON security_events (lower(email) text_pattern_ops, at);
    CREATE INDEX security_events_ip_at_idx ON security_events (ip, at);

    ALTER TABLE outbox_mails ADD COLUMN sealed_secrets bytea;
    ALTER TABLE outbox_mail_attachments
      ADD COLUMN sealed boolean NOT NULL DEFAULT false,
      ADD COLUMN size_bytes integer;
    UPDATE outbox_mails
      SET text_body = regexp_replace(text_body, '(/suivi/)[A-Za-z0-9_-]{43}', '\\1…', 'g'),
          html_body = regexp_replace(html_body, '(/suivi/)[A-Za-z0-9_-]{43}', '\\1…', 'g')
      WHERE status = 'envoye';
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`
    ALTER TABLE outbox_mail_attachments DROP COLUMN sealed, DROP COLUMN size_bytes;
    ALTER TABLE outbox_mails DROP COLUMN sealed_secrets;
    DROP INDEX security_events_email_at_idx, security_events_ip_at_idx;
    DROP TABLE reference_changes;
    DROP INDEX juridictions_nom_trgm_idx, juridictions_siege_trgm_idx, juridictions_type_nom_idx,
      juridictions_departement_idx, juridictions_ressort_idx;
    DROP INDEX administrations_nom_trgm_idx, administrations_kind_nom_idx, administrations_departement_nom_idx,
      administrations_active_nom_idx;
    ALTER TABLE administrations DROP COLUMN email, DROP COLUMN siret, DROP COLUMN active, DROP COLUMN updated_at;
  `);
};
