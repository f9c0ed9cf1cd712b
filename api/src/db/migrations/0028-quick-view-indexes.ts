import type { Migration } from '../migrator';

/**
 * The quick views whose rows are a thin, scattered part of the court's queue, each with the
 * queue's order (migration 0027) on exactly its rows: its first page is the first entries of its
 * own index, and its count an index-only scan of them, whatever PostgreSQL estimates. Measured at
 * 1.2 million referrals: « Mes saisines » walked the court's whole queue to find ten rows (58 ms)
 * when the planner expected 733 of them.
 *
 * « À traiter », « À enregistrer » and « Urgentes » lead the queue's own order
 * (saisines_court_open_rank_idx): their rows come first in it.
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    CREATE INDEX saisines_assignee_open_rank_idx ON saisines (assignee_id, queue_rank, urgent DESC, received_at, id)
      WHERE status <> 'cloturee' AND assignee_id IS NOT NULL;
    CREATE INDEX saisines_court_enregistree_rank_idx ON saisines (juridiction_id, queue_rank, urgent DESC, received_at, id)
      WHERE status = 'enregistree';
    CREATE INDEX saisines_court_complement_rank_idx ON saisines (juridiction_id, queue_rank, urgent DESC, received_at, id)
      WHERE status = 'complement_demande';
    CREATE INDEX saisines_court_decidee_rank_idx ON saisines (juridiction_id, queue_rank, urgent DESC, received_at, id)
      WHERE status = 'decidee';
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`
    DROP INDEX saisines_assignee_open_rank_idx, saisines_court_enregistree_rank_idx,
      saisines_court_complement_rank_idx, saisines_court_decidee_rank_idx;
  `);
};
