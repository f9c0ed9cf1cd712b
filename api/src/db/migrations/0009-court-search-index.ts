import type { Migration } from '../migrator';

/**
 * Full-text search within one court (every clerk's and prosecutor's search): a GIN index on
 * (court, document), so that the index alone keeps the court's matches instead of finding the
 * matches of every court first (bench/README.md). btree_gin is a trusted extension.
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    CREATE EXTENSION IF NOT EXISTS btree_gin;
    CREATE INDEX saisines_court_search_idx ON saisines USING gin (juridiction_id, search_vector);
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query('DROP INDEX saisines_court_search_idx');
};
