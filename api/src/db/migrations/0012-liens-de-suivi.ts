import type { Migration } from '../migrator';

/** "Lost my link": the sender's referrals are found by their address, case-insensitively. */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`CREATE INDEX saisines_sender_email_idx ON saisines (lower(sender_email), received_at);`);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query('DROP INDEX saisines_sender_email_idx;');
};
