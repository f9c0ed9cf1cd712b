import type { Migration } from '../migrator';

/** The columns a referral's search document is made of (besides its persons). */
const SEARCHED_COLUMNS = 'reference, numero_parquet, sender_administration, sender_service, sender_agent_name, qualification, facts_narrative, facts_address';

/**
 * A referral's search document is computed when what it is made of is written, not on every
 * write: a status change, an assignment or a tracking-page view no longer re-reads the narrative
 * (about 0.2 ms each), and the persons' refresh, which sets the document itself, no longer
 * computes it twice.
 *
 * The persons' link to their referral may be checked at commit (`SET CONSTRAINTS … DEFERRED`,
 * still checked immediately by default): a bulk load of history then inserts the persons before
 * their referrals, and each document is computed once, on the referral's insert, instead of three
 * times. Measured on the bench's generator: see bench/README.md.
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    DROP TRIGGER saisines_search_trg ON saisines;
    CREATE TRIGGER saisines_search_trg BEFORE INSERT OR UPDATE OF ${SEARCHED_COLUMNS} ON saisines
      FOR EACH ROW EXECUTE FUNCTION saisines_before_write();
    ALTER TABLE saisine_personnes ALTER CONSTRAINT saisine_personnes_saisine_id_fkey DEFERRABLE INITIALLY IMMEDIATE;
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`
    ALTER TABLE saisine_personnes ALTER CONSTRAINT saisine_personnes_saisine_id_fkey NOT DEFERRABLE;
    DROP TRIGGER saisines_search_trg ON saisines;
    CREATE TRIGGER saisines_search_trg BEFORE INSERT OR UPDATE ON saisines
      FOR EACH ROW EXECUTE FUNCTION saisines_before_write();
  `);
};
