import type { Migration } from '../migrator';

/**
 * The journal of a referral: one append-only row per event, chained by SHA-256.
 * The database fills `seq`, `prev_hash` and `hash` itself on insert (under a lock on the chain)
 * and refuses any UPDATE, DELETE or TRUNCATE, whoever asks.
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    CREATE TABLE saisine_events (
      id bigserial PRIMARY KEY,
      saisine_id uuid NOT NULL REFERENCES saisines(id),
      seq integer NOT NULL,
      at timestamptz NOT NULL DEFAULT now(),
      type text NOT NULL CHECK (type IN ('creation', 'transition', 'message', 'piece_ajoutee', 'consultation')),
      actor_type text NOT NULL CHECK (actor_type IN ('system', 'user', 'sender')),
      actor_id uuid,
      actor_label text NOT NULL,
      from_status text,
      to_status text,
      reason text NOT NULL DEFAULT '',
      payload jsonb NOT NULL DEFAULT '{}'::jsonb,
      prev_hash text,
      hash text NOT NULL,
      UNIQUE (saisine_id, seq)
    );
    CREATE INDEX saisine_events_at_idx ON saisine_events (at);

    -- The hashed content of an event: every column but the surrogate id and the hash itself.
    CREATE FUNCTION saisine_event_hash(e saisine_events) RETURNS text
    LANGUAGE sql STABLE AS $$
      SELECT encode(sha256(convert_to(coalesce(e.prev_hash, '') || '|' || jsonb_build_object(
        'saisineId', e.saisine_id,
        'seq', e.seq,
        'at', to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"'),
        'type', e.type,
        'actorType', e.actor_type,
        'actorId', e.actor_id,
        'actorLabel', e.actor_label,
        'fromStatus', e.from_status,
        'toStatus', e.to_status,
        'reason', e.reason,
        'payload', e.payload
      )::text, 'UTF8')), 'hex')
    $$;

    CREATE FUNCTION saisine_events_chain() RETURNS trigger LANGUAGE plpgsql AS $$
    DECLARE
      previous saisine_events%ROWTYPE;
    BEGIN
      -- Serialise writers of one chain (two events of a referral never get the same seq).
      PERFORM pg_advisory_xact_lock(hashtextextended('saisine_events:' || NEW.saisine_id::text, 0));
      SELECT * INTO previous FROM saisine_events
        WHERE saisine_id = NEW.saisine_id ORDER BY seq DESC LIMIT 1;
      NEW.seq := coalesce(previous.seq, 0) + 1;
      NEW.prev_hash := previous.hash;
      NEW.at := date_trunc('milliseconds', coalesce(NEW.at, now()));
      NEW.hash := saisine_event_hash(NEW);
      RETURN NEW;
    END $$;
    CREATE TRIGGER saisine_events_chain_trg BEFORE INSERT ON saisine_events
      FOR EACH ROW EXECUTE FUNCTION saisine_events_chain();

    CREATE FUNCTION saisine_events_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'saisine_events est en ajout seul : % refusé', TG_OP
        USING ERRCODE = 'insufficient_privilege';
    END $$;
    CREATE TRIGGER saisine_events_no_update_trg BEFORE UPDATE OR DELETE ON saisine_events
      FOR EACH ROW EXECUTE FUNCTION saisine_events_append_only();
    CREATE TRIGGER saisine_events_no_truncate_trg BEFORE TRUNCATE ON saisine_events
      FOR EACH STATEMENT EXECUTE FUNCTION saisine_events_append_only();

    -- Verifies a referral's chain: the first broken event, or none.
    CREATE FUNCTION saisine_events_verify(target uuid)
    RETURNS TABLE (ok boolean, checked integer, broken_seq integer) LANGUAGE plpgsql STABLE AS $$
    DECLARE
      event saisine_events%ROWTYPE;
      expected_prev text := NULL;
      expected_seq integer := 1;
    BEGIN
      checked := 0;
      FOR event IN SELECT * FROM saisine_events WHERE saisine_id = target ORDER BY seq LOOP
        IF event.seq <> expected_seq OR event.prev_hash IS DISTINCT FROM expected_prev
           OR event.hash <> saisine_event_hash(event) THEN
          ok := false; broken_seq := event.seq; RETURN NEXT; RETURN;
        END IF;
        expected_prev := event.hash;
        expected_seq := expected_seq + 1;
        checked := checked + 1;
      END LOOP;
      ok := true; broken_seq := NULL; RETURN NEXT;
    END $$;
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`
    DROP TABLE saisine_events;
    DROP FUNCTION saisine_events_verify, saisine_events_append_only, saisine_events_chain, saisine_event_hash;
  `);
};
