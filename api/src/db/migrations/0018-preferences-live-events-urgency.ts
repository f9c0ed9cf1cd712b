import type { Migration } from '../migrator';

const EVENT_TYPES_BEFORE = `'creation', 'transition', 'message', 'piece_ajoutee', 'consultation'`;

/**
 * - `user_preferences`: each user's list settings (columns, sort, filters, saved views), kept on
 *   the server so that they follow the user to another computer.
 * - `live_events`: what the back-office is pushed live (a referral arrives, changes status or
 *   court). A trigger writes them and NOTIFYs, so every API process hears every write, whichever
 *   process made it; the rows let a reconnecting screen catch up from `Last-Event-ID`.
 * - urgency escalation: `urgence_escalated_at` is set once, by the job that finds urgent
 *   referrals left unacknowledged past their court's `urgence_delai_minutes`.
 * - the list's channel filter gets its index.
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    CREATE TABLE user_preferences (
      user_id uuid NOT NULL REFERENCES users(id) ON DELETE CASCADE,
      key text NOT NULL CHECK (key ~ '^[A-Za-z0-9_.-]{1,100}$'),
      value jsonb NOT NULL,
      updated_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (user_id, key)
    );

    ALTER TABLE saisines ADD COLUMN urgence_escalated_at timestamptz;
    -- The escalation job's queue: urgent, still waiting, not yet escalated (a handful of rows).
    CREATE INDEX saisines_urgence_due_idx ON saisines (received_at, id)
      WHERE urgent AND status = 'recue' AND urgence_escalated_at IS NULL;
    CREATE INDEX saisines_court_channel_idx ON saisines (juridiction_id, channel, received_at, id);

    ALTER TABLE saisine_events DROP CONSTRAINT saisine_events_type_check;
    ALTER TABLE saisine_events ADD CONSTRAINT saisine_events_type_check
      CHECK (type IN (${EVENT_TYPES_BEFORE}, 'escalade'));

    CREATE TABLE live_events (
      id bigserial PRIMARY KEY,
      juridiction_id text NOT NULL,
      type text NOT NULL CHECK (type IN ('saisine_recue', 'saisine_statut')),
      saisine_id uuid NOT NULL,
      -- Only what a list needs to refresh: reference, urgency, status. Never persons or facts.
      payload jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX live_events_court_idx ON live_events (juridiction_id, id);
    CREATE INDEX live_events_created_idx ON live_events (created_at);

    CREATE FUNCTION live_event_emit(court text, kind text, s saisines, from_status text) RETURNS void
    LANGUAGE plpgsql AS $$
    DECLARE
      new_id bigint;
    BEGIN
      INSERT INTO live_events (juridiction_id, type, saisine_id, payload)
      VALUES (court, kind, s.id, jsonb_build_object(
        'saisineId', s.id, 'reference', s.reference, 'urgent', s.urgent,
        'status', s.status, 'fromStatus', from_status, 'juridictionId', s.juridiction_id))
      RETURNING id INTO new_id;
      -- Delivered at commit, to every listening API process.
      PERFORM pg_notify('info_parquet_live', new_id::text);
    END $$;

    CREATE FUNCTION saisines_live_events() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      -- A bulk load of history (demo data, benchmarks) is not news: it sets this to 'off'.
      IF current_setting('info_parquet.live_events', true) = 'off' THEN
        RETURN NULL;
      END IF;
      IF TG_OP = 'INSERT' THEN
        PERFORM live_event_emit(NEW.juridiction_id, 'saisine_recue', NEW, NULL);
      ELSIF NEW.status IS DISTINCT FROM OLD.status OR NEW.juridiction_id IS DISTINCT FROM OLD.juridiction_id THEN
        PERFORM live_event_emit(NEW.juridiction_id,
          CASE WHEN NEW.juridiction_id IS DISTINCT FROM OLD.juridiction_id THEN 'saisine_recue' ELSE 'saisine_statut' END,
          NEW, OLD.status);
        -- The court that transferred it must drop it from its screens too.
        IF NEW.juridiction_id IS DISTINCT FROM OLD.juridiction_id THEN
          PERFORM live_event_emit(OLD.juridiction_id, 'saisine_statut', NEW, OLD.status);
        END IF;
      END IF;
      RETURN NULL;
    END $$;
    CREATE TRIGGER saisines_live_events_trg AFTER INSERT OR UPDATE OF status, juridiction_id ON saisines
      FOR EACH ROW EXECUTE FUNCTION saisines_live_events();
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`
    DROP TRIGGER saisines_live_events_trg ON saisines;
    DROP FUNCTION saisines_live_events();
    DROP FUNCTION live_event_emit(text, text, saisines, text);
    DROP TABLE live_events;
    ALTER TABLE saisine_events DROP CONSTRAINT saisine_events_type_check;
    ALTER TABLE saisine_events ADD CONSTRAINT saisine_events_type_check CHECK (type IN (${EVENT_TYPES_BEFORE}));
    DROP INDEX saisines_court_channel_idx;
    DROP INDEX saisines_urgence_due_idx;
    ALTER TABLE saisines DROP COLUMN urgence_escalated_at;
    DROP TABLE user_preferences;
  `);
};
