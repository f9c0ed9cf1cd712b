import type { Migration } from '../migrator';

/** An export is a read of every referral it holds: logged as such, and told apart from a detail view. */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    ALTER TABLE saisine_consultations ADD COLUMN kind text NOT NULL DEFAULT 'fiche' CHECK (kind IN ('fiche', 'export'));
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query('ALTER TABLE saisine_consultations DROP COLUMN kind;');
};
