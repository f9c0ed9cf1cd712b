import type { Migration } from '../migrator';

/** The list's filter by administration (the sending body, by its directory entry), per court. */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`CREATE INDEX saisines_court_administration_idx ON saisines (juridiction_id, administration_id, received_at);`);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query('DROP INDEX saisines_court_administration_idx;');
};
