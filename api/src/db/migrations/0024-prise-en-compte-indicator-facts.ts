import type { Migration } from '../migrator';

const EVENT_TYPES_BEFORE = `'creation', 'transition', 'message', 'piece_ajoutee', 'consultation', 'escalade'`;

/**
 * « Prendre en compte » and the facts the impact indicators read, kept on the referral itself in
 * the same transaction as the workflow (so a dashboard never scans the event chain):
 * - `first_ack_by`: who took the referral into account (`first_ack_at` says when) — the explicit
 *   « Prendre en compte » of an urgent referral, or the court's first transition;
 * - `urgence_escalations`: how many times the permanence was reminded (`urgence_escalated_at`
 *   is the last time); the reminder now repeats until the referral is taken into account;
 * - `juridiction_initiale_id`: the court the referral was first sent to (misrouting is measured
 *   there), `transferred_at` / `transfer_destination_id`: its first transfer;
 * - `complement_requested_at`: the first request for more (first-time completeness).
 * Index: misrouting reads a court's cohort by the court it was first sent to.
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    ALTER TABLE saisines
      ADD COLUMN first_ack_by uuid REFERENCES users(id),
      ADD COLUMN urgence_escalations integer NOT NULL DEFAULT 0,
      ADD COLUMN juridiction_initiale_id text REFERENCES juridictions(id),
      ADD COLUMN transferred_at timestamptz,
      ADD COLUMN transfer_destination_id text REFERENCES juridictions(id),
      ADD COLUMN complement_requested_at timestamptz;

    UPDATE saisines s SET transferred_at = t.at, transfer_destination_id = t.destination, juridiction_initiale_id = t.origin
    FROM (
      SELECT DISTINCT ON (saisine_id) saisine_id, at, payload->>'juridictionId' AS destination, payload->>'fromJuridictionId' AS origin
      FROM saisine_events WHERE type = 'transition' AND to_status = 'transferee'
      ORDER BY saisine_id, seq
    ) t
    WHERE t.saisine_id = s.id;
    UPDATE saisines SET juridiction_initiale_id = juridiction_id WHERE juridiction_initiale_id IS NULL;
    ALTER TABLE saisines ALTER COLUMN juridiction_initiale_id SET NOT NULL;

    UPDATE saisines s SET complement_requested_at = c.at
    FROM (
      SELECT saisine_id, min(at) AS at FROM saisine_events
      WHERE type = 'transition' AND to_status = 'complement_demande' GROUP BY saisine_id
    ) c
    WHERE c.saisine_id = s.id;

    UPDATE saisines s SET first_ack_by = a.actor_id
    FROM (
      SELECT DISTINCT ON (saisine_id) saisine_id, actor_id FROM saisine_events
      WHERE type = 'transition' AND actor_type = 'user' AND actor_id IS NOT NULL
      ORDER BY saisine_id, seq
    ) a
    WHERE a.saisine_id = s.id AND s.first_ack_at IS NOT NULL;
    UPDATE saisines SET urgence_escalations = 1 WHERE urgence_escalated_at IS NOT NULL;

    -- A new referral's first court is the one it is sent to.
    CREATE FUNCTION saisines_initial_court() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      NEW.juridiction_initiale_id := coalesce(NEW.juridiction_initiale_id, NEW.juridiction_id);
      RETURN NEW;
    END $$;
    CREATE TRIGGER saisines_initial_court_trg BEFORE INSERT ON saisines
      FOR EACH ROW EXECUTE FUNCTION saisines_initial_court();

    ALTER TABLE saisine_events DROP CONSTRAINT saisine_events_type_check;
    ALTER TABLE saisine_events ADD CONSTRAINT saisine_events_type_check
      CHECK (type IN (${EVENT_TYPES_BEFORE}, 'prise_en_compte'));

    -- The escalation job's queue: urgent and not yet taken into account (a handful of rows).
    DROP INDEX saisines_urgence_due_idx;
    CREATE INDEX saisines_urgence_due_idx ON saisines (received_at, id) WHERE urgent AND first_ack_at IS NULL;

    -- A court's cohort by reception date is served by saisines_court_received_idx (0008).
    CREATE INDEX saisines_initial_court_received_idx ON saisines (juridiction_initiale_id, received_at);
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`
    DROP INDEX saisines_initial_court_received_idx;
    DROP INDEX saisines_urgence_due_idx;
    CREATE INDEX saisines_urgence_due_idx ON saisines (received_at, id)
      WHERE urgent AND status = 'recue' AND urgence_escalated_at IS NULL;
    ALTER TABLE saisine_events DROP CONSTRAINT saisine_events_type_check;
    ALTER TABLE saisine_events ADD CONSTRAINT saisine_events_type_check CHECK (type IN (${EVENT_TYPES_BEFORE}));
    DROP TRIGGER saisines_initial_court_trg ON saisines;
    DROP FUNCTION saisines_initial_court();
    ALTER TABLE saisines
      DROP COLUMN first_ack_by,
      DROP COLUMN urgence_escalations,
      DROP COLUMN juridiction_initiale_id,
      DROP COLUMN transferred_at,
      DROP COLUMN transfer_destination_id,
      DROP COLUMN complement_requested_at;
  `);
};
