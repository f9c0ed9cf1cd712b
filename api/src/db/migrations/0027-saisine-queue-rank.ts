import type { Migration } from '../migrator';

/**
 * The order of the court's queue (the list's `priority` sort, its default « À traiter » view):
 * what needs the clerk now comes first, whatever the age of what is merely waiting.
 *
 *   0  urgent and not yet taken into account (the permanence is reminded until it is)
 *   1  new: received or transferred in, not yet registered
 *   2  in progress: registered, assigned, waiting for a complement
 *   3  decided, the decision still to be communicated (it also has its own view)
 *   4  closed
 *
 * then urgent before not urgent, then the oldest first. A stored generated column, so that one
 * index per scope serves the order and PostgreSQL keeps it right at every change of status. The
 * indexes of the whole court and of the whole country are partial on a condition always true that
 * only the `priority` order writes (list-order.ts `sortScopeSql`): they serve that order alone.
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    ALTER TABLE saisines ADD COLUMN queue_rank smallint NOT NULL GENERATED ALWAYS AS (
      CASE
        WHEN urgent AND first_ack_at IS NULL AND status NOT IN ('decidee', 'cloturee') THEN 0
        WHEN status IN ('recue', 'transferee') THEN 1
        WHEN status IN ('enregistree', 'attribuee', 'complement_demande') THEN 2
        WHEN status = 'decidee' THEN 3
        ELSE 4
      END
    ) STORED;
    CREATE INDEX saisines_court_open_rank_idx ON saisines (juridiction_id, queue_rank, urgent DESC, received_at, id)
      WHERE status <> 'cloturee';
    CREATE INDEX saisines_court_rank_idx ON saisines (juridiction_id, queue_rank, urgent DESC, received_at, id)
      WHERE queue_rank BETWEEN 0 AND 4;
    CREATE INDEX saisines_rank_idx ON saisines (queue_rank, urgent DESC, received_at, id)
      WHERE queue_rank BETWEEN 0 AND 4;
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`
    DROP INDEX saisines_court_open_rank_idx, saisines_court_rank_idx, saisines_rank_idx;
    ALTER TABLE saisines DROP COLUMN queue_rank;
  `);
};
