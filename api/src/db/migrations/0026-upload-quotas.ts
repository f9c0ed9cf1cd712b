import type { Migration } from '../migrator';

/**
 * Who uploaded a document not yet attached: the pending bytes of one address are bounded
 * (a quota per IP), as are all pending bytes together. Only the pending rows are indexed.
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    ALTER TABLE pieces_jointes ADD COLUMN uploader_ip text;
    CREATE INDEX pieces_jointes_pending_ip_idx ON pieces_jointes (uploader_ip) INCLUDE (size_bytes) WHERE saisine_id IS NULL;
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query(`
    DROP INDEX pieces_jointes_pending_ip_idx;
    ALTER TABLE pieces_jointes DROP COLUMN uploader_ip;
  `);
};
