import type { Migration } from '../migrator';

/**
 * The dashboards read a cohort of referrals by reception date, nationally or per court, and only
 * the facts the workflow keeps on each referral. These covering indexes hold those facts, so that
 * a dashboard reads its cohort by an index-only scan instead of visiting the wide rows of
 * `saisines` (narratives, search vectors) one by one: national, per court, and per court of first
 * sending for the referrals transferred elsewhere (a few percent: a partial index). The bench
 * (`npm run bench:indicateurs`) measures them and the workflow beside them.
 */
const FACTS = `juridiction_id, juridiction_initiale_id, channel, urgent, decision, kind, sender_administration_kind,
  administration_id, sender_administration, tracking_views, transfer_destination_id, ack_delivered_at, registered_at,
  first_ack_at, decided_at, communicated_at, complement_requested_at, transferred_at`;

export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    CREATE INDEX saisines_indicators_received_idx ON saisines (received_at) INCLUDE (${FACTS});
    CREATE INDEX saisines_indicators_court_idx ON saisines (juridiction_id, received_at) INCLUDE (${FACTS});
    CREATE INDEX saisines_indicators_transferred_idx ON saisines (juridiction_initiale_id, received_at) INCLUDE (${FACTS})
      WHERE juridiction_initiale_id <> juridiction_id;
    DROP INDEX saisines_initial_court_received_idx;
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`
    CREATE INDEX saisines_initial_court_received_idx ON saisines (juridiction_initiale_id, received_at);
    DROP INDEX saisines_indicators_transferred_idx, saisines_indicators_court_idx, saisines_indicators_received_idx;
  `);
};
