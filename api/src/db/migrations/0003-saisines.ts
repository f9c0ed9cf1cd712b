import type { Migration } from '../migrator';

/**
 * Referrals, their persons and attachments, the per-year reference counter and French
 * full-text search (stored tsvector, french stemming without accents, GIN index).
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    CREATE EXTENSION IF NOT EXISTS unaccent;
    CREATE TEXT SEARCH CONFIGURATION fr_unaccent (COPY = pg_catalog.french);
    ALTER TEXT SEARCH CONFIGURATION fr_unaccent
      ALTER MAPPING FOR hword, hword_part, word WITH unaccent, french_stem;

    -- One row per year: the next reference is taken under this row's lock, so two concurrent
    -- submissions can never get the same number.
    CREATE TABLE saisine_sequences (
      year integer PRIMARY KEY,
      last_value integer NOT NULL
    );

    CREATE TABLE saisines (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      reference text NOT NULL UNIQUE,
      kind text NOT NULL CHECK (kind IN ('signalement_article_40', 'proces_verbal', 'plainte', 'autre')),
      channel text NOT NULL DEFAULT 'formulaire' CHECK (channel IN ('formulaire', 'api', 'papier', 'courriel')),
      status text NOT NULL DEFAULT 'recue'
        CHECK (status IN ('recue', 'enregistree', 'attribuee', 'complement_demande', 'transferee', 'decidee', 'cloturee')),
      urgent boolean NOT NULL DEFAULT false,
      urgency_reason text NOT NULL DEFAULT '',
      juridiction_id text NOT NULL REFERENCES juridictions(id),
      routing text NOT NULL CHECK (routing IN ('certain', 'choisi', 'specialise')),
      routing_reason text NOT NULL DEFAULT '',
      administration_id integer REFERENCES administrations(id),
      sender_administration text NOT NULL,
      sender_administration_kind text NOT NULL,
      sender_service text NOT NULL DEFAULT '',
      sender_agent_name text NOT NULL,
      sender_agent_function text NOT NULL,
      sender_email text NOT NULL,
      sender_phone text NOT NULL DEFAULT '',
      facts_narrative text NOT NULL,
      facts_start_date date NOT NULL,
      facts_end_date date,
      facts_commune_insee text NOT NULL,
      facts_address text NOT NULL DEFAULT '',
      facts_knowledge text NOT NULL,
      qualification text NOT NULL DEFAULT '',
      natinf text NOT NULL DEFAULT '',
      assignee_id uuid REFERENCES users(id),
      numero_parquet text,
      decision text CHECK (decision IN ('poursuites', 'alternative', 'classement')),
      decision_detail text NOT NULL DEFAULT '',
      classement_reason text,
      received_at timestamptz NOT NULL DEFAULT now(),
      ack_delivered_at timestamptz,
      registered_at timestamptz,
      first_ack_at timestamptz,
      decided_at timestamptz,
      communicated_at timestamptz,
      idempotency_key text UNIQUE,
      idempotency_request_hash text,
      tracking_views integer NOT NULL DEFAULT 0,
      version integer NOT NULL DEFAULT 1,
      created_by uuid REFERENCES users(id),
      search_vector tsvector NOT NULL DEFAULT ''::tsvector,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (juridiction_id, numero_parquet),
      CHECK (NOT urgent OR urgency_reason <> ''),
      CHECK (decision <> 'classement' OR classement_reason IS NOT NULL)
    );
    -- The list opens on "urgent first, then oldest received", per court and per status.
    CREATE INDEX saisines_court_queue_idx ON saisines (juridiction_id, urgent DESC, received_at, id);
    CREATE INDEX saisines_court_status_queue_idx ON saisines (juridiction_id, status, urgent DESC, received_at, id);
    CREATE INDEX saisines_court_reference_idx ON saisines (juridiction_id, reference);
    CREATE INDEX saisines_queue_idx ON saisines (urgent DESC, received_at, id);
    CREATE INDEX saisines_status_queue_idx ON saisines (status, urgent DESC, received_at, id);
    CREATE INDEX saisines_received_idx ON saisines (received_at, id);
    CREATE INDEX saisines_assignee_idx ON saisines (assignee_id, received_at) WHERE assignee_id IS NOT NULL;
    CREATE INDEX saisines_administration_idx ON saisines (administration_id, received_at);
    CREATE INDEX saisines_search_idx ON saisines USING gin (search_vector);

    -- The sender's tracking links: only the SHA-256 of each token is kept. A referral may have
    -- several (an idempotent replay or a "lost my link" request issues a new one).
    CREATE TABLE suivi_tokens (
      token_hash text PRIMARY KEY CHECK (token_hash ~ '^[0-9a-f]{64}$'),
      saisine_id uuid NOT NULL REFERENCES saisines(id),
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX suivi_tokens_saisine_idx ON suivi_tokens (saisine_id);

    CREATE TABLE saisine_personnes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      saisine_id uuid NOT NULL REFERENCES saisines(id) ON DELETE CASCADE,
      position integer NOT NULL,
      role text NOT NULL CHECK (role IN ('mis_en_cause', 'victime', 'temoin')),
      type text NOT NULL CHECK (type IN ('physique', 'morale')),
      last_name text NOT NULL DEFAULT '',
      first_name text NOT NULL DEFAULT '',
      birth_date date,
      address text NOT NULL DEFAULT '',
      name text NOT NULL DEFAULT '',
      siret text NOT NULL DEFAULT '',
      UNIQUE (saisine_id, position)
    );

    CREATE TABLE pieces_jointes (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      saisine_id uuid REFERENCES saisines(id),
      original_name text NOT NULL,
      mime_type text NOT NULL,
      size_bytes bigint NOT NULL CHECK (size_bytes >= 0),
      sha256 text NOT NULL CHECK (sha256 ~ '^[0-9a-f]{64}$'),
      storage_key text NOT NULL UNIQUE,
      uploaded_at timestamptz NOT NULL DEFAULT now(),
      attached_at timestamptz
    );
    CREATE INDEX pieces_jointes_saisine_idx ON pieces_jointes (saisine_id);
    CREATE INDEX pieces_jointes_orphans_idx ON pieces_jointes (uploaded_at) WHERE saisine_id IS NULL;

    -- The searchable text of a referral: reference and parquet number, persons, sender, facts.
    CREATE FUNCTION saisine_search_document(s saisines) RETURNS tsvector
    LANGUAGE sql STABLE AS $$
      SELECT
        setweight(to_tsvector('fr_unaccent', concat_ws(' ', s.reference, replace(s.reference, '-', ' '), s.numero_parquet)), 'A') ||
        setweight(to_tsvector('fr_unaccent', coalesce((
          SELECT string_agg(concat_ws(' ', p.last_name, p.first_name, p.name, p.siret), ' ')
          FROM saisine_personnes p WHERE p.saisine_id = s.id), '')), 'A') ||
        setweight(to_tsvector('fr_unaccent', concat_ws(' ', s.sender_administration, s.sender_service, s.sender_agent_name)), 'B') ||
        setweight(to_tsvector('fr_unaccent', concat_ws(' ', s.qualification, s.facts_narrative, s.facts_address)), 'C')
    $$;

    CREATE FUNCTION saisines_before_write() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.search_vector := saisine_search_document(NEW);
      RETURN NEW;
    END $$;
    CREATE TRIGGER saisines_search_trg BEFORE INSERT OR UPDATE ON saisines
      FOR EACH ROW EXECUTE FUNCTION saisines_before_write();

    -- Persons change the referral's document: refresh it once per statement.
    CREATE FUNCTION saisine_personnes_refresh() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      UPDATE saisines s SET search_vector = saisine_search_document(s)
      WHERE s.id IN (SELECT DISTINCT saisine_id FROM changed_rows);
      RETURN NULL;
    END $$;
    CREATE TRIGGER saisine_personnes_insert_trg AFTER INSERT ON saisine_personnes
      REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION saisine_personnes_refresh();
    CREATE TRIGGER saisine_personnes_update_trg AFTER UPDATE ON saisine_personnes
      REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION saisine_personnes_refresh();
    CREATE TRIGGER saisine_personnes_delete_trg AFTER DELETE ON saisine_personnes
      REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION saisine_personnes_refresh();
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`
    DROP TABLE pieces_jointes, saisine_personnes, suivi_tokens, saisines, saisine_sequences;
    DROP FUNCTION saisine_search_document, saisines_before_write, saisine_personnes_refresh;
    DROP TEXT SEARCH CONFIGURATION fr_unaccent;
  `);
};
