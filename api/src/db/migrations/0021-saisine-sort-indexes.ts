import type { Migration } from '../migrator';

/**
 * The list's sorts that no index served (found by api/test/saisines-list-indexes.test.ts): by
 * status, by registration date and by decision date, per court. The decision date's partial index
 * (0008) only held decided referrals, so it could not order a list that also holds undecided
 * ones; the full index replaces it and still serves the date-range filter.
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    CREATE INDEX saisines_court_status_idx ON saisines (juridiction_id, status, received_at, id);
    CREATE INDEX saisines_court_registered_idx ON saisines (juridiction_id, registered_at, id);
    DROP INDEX saisines_court_decided_idx;
    CREATE INDEX saisines_court_decided_idx ON saisines (juridiction_id, decided_at, id);
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`
    DROP INDEX saisines_court_status_idx, saisines_court_registered_idx, saisines_court_decided_idx;
    CREATE INDEX saisines_court_decided_idx ON saisines (juridiction_id, decided_at, id) WHERE decided_at IS NOT NULL;
  `);
};
