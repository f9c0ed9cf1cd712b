import type { Migration } from '../migrator';

/**
 * Indexes for the referral list's quick views, counts and filters (issue 4), every one per court
 * since a court's users only ever see their court (CASL rule `juridictionId`). The partial ones
 * only hold referrals not closed: the quick views never show closed ones, and closed referrals
 * pile up over the years while the open ones stay few.
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    -- GET /api/saisines/counts: one index-only scan over the court's open referrals.
    CREATE INDEX saisines_court_open_counts_idx ON saisines (juridiction_id, status, urgent, assignee_id)
      WHERE status <> 'cloturee';
    -- The default view ("à traiter", urgent first then oldest) without walking past closed ones.
    CREATE INDEX saisines_court_open_queue_idx ON saisines (juridiction_id, urgent DESC, received_at, id)
      WHERE status <> 'cloturee';
    -- Filters by kind and by administration kind, with their counts.
    CREATE INDEX saisines_court_kind_idx ON saisines (juridiction_id, kind, status, received_at);
    CREATE INDEX saisines_court_administration_kind_idx ON saisines (juridiction_id, sender_administration_kind, status, received_at);
    -- Received and decided date ranges, and the sort by received date, per court.
    CREATE INDEX saisines_court_received_idx ON saisines (juridiction_id, received_at, id);
    CREATE INDEX saisines_court_decided_idx ON saisines (juridiction_id, decided_at, id) WHERE decided_at IS NOT NULL;
    -- The sort by parquet number: the unique (juridiction_id, numero_parquet) plus the tie-break.
    CREATE INDEX saisines_court_numero_parquet_idx ON saisines (juridiction_id, numero_parquet, id);
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`
    DROP INDEX saisines_court_open_counts_idx, saisines_court_open_queue_idx, saisines_court_kind_idx,
      saisines_court_administration_kind_idx, saisines_court_received_idx, saisines_court_decided_idx,
      saisines_court_numero_parquet_idx;
  `);
};
