import type { Migration } from '../migrator';

/**
 * The mail outbox: written in the same transaction as what the mail tells (a referral), sent
 * later by the outbox worker. `dedupe_key` makes writing a mail twice impossible; the worker
 * marks a mail sent in the transaction that holds its row lock, so it is sent once.
 */
export const up: Migration = async ({ context: sql }) => {
  await sql.query(`
    CREATE TABLE outbox_mails (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      dedupe_key text NOT NULL UNIQUE,
      kind text NOT NULL,
      saisine_id uuid REFERENCES saisines(id),
      to_address text NOT NULL,
      subject text NOT NULL,
      text_body text NOT NULL,
      html_body text,
      status text NOT NULL DEFAULT 'en_attente' CHECK (status IN ('en_attente', 'envoye', 'echec')),
      attempts integer NOT NULL DEFAULT 0,
      next_attempt_at timestamptz NOT NULL DEFAULT now(),
      sent_at timestamptz,
      last_error text,
      created_at timestamptz NOT NULL DEFAULT now(),
      CHECK ((status = 'envoye') = (sent_at IS NOT NULL))
    );
    -- The worker's queue: due mails only.
    CREATE INDEX outbox_mails_due_idx ON outbox_mails (next_attempt_at) WHERE status = 'en_attente';
    -- The administrator's list: newest first, optionally by status, kind or referral.
    CREATE INDEX outbox_mails_created_idx ON outbox_mails (created_at, id);
    CREATE INDEX outbox_mails_status_created_idx ON outbox_mails (status, created_at, id);
    CREATE INDEX outbox_mails_kind_created_idx ON outbox_mails (kind, created_at, id);
    CREATE INDEX outbox_mails_saisine_idx ON outbox_mails (saisine_id) WHERE saisine_id IS NOT NULL;
    CREATE INDEX outbox_mails_sent_idx ON outbox_mails (sent_at, id) WHERE sent_at IS NOT NULL;

    -- Attachments travel with the mail (e.g. the PDF acknowledgement), so the worker needs nothing else.
    CREATE TABLE outbox_mail_attachments (
      mail_id uuid NOT NULL REFERENCES outbox_mails(id) ON DELETE CASCADE,
      position integer NOT NULL,
      filename text NOT NULL,
      content_type text NOT NULL,
      content bytea NOT NULL,
      PRIMARY KEY (mail_id, position)
    );
  `);
};

export const down: Migration = async ({ context: sql }) => {
  await sql.query('DROP TABLE outbox_mail_attachments, outbox_mails;');
};
