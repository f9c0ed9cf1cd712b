import type { Sequelize, Transaction } from 'sequelize';

export const OUTBOX_MAIL_KINDS = [
  'accuse_reception',
  'notification_bureau_ordre',
  'notification_permanence',
  'message_expediteur',
  'demande_complement',
  'decision_communiquee',
  'liens_de_suivi',
] as const;
export type OutboxMailKind = (typeof OUTBOX_MAIL_KINDS)[number];

export interface OutboxAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
}

export interface NewOutboxMail {
  /** Writing the same key twice writes one mail: retries of what triggered it send nothing more. */
  dedupeKey: string;
  kind: OutboxMailKind;
  saisineId?: string | null;
  to: string;
  subject: string;
  text: string;
  html?: string | null;
  attachments?: OutboxAttachment[];
}

/**
 * Writes a mail to the outbox inside the caller's transaction: it exists if and only if what it
 * tells was committed. Returns false when a mail with the same dedupe key already exists.
 */
export async function enqueueMail(sequelize: Sequelize, transaction: Transaction, mail: NewOutboxMail): Promise<boolean> {
  const [rows] = await sequelize.query(
    `INSERT INTO outbox_mails (dedupe_key, kind, saisine_id, to_address, subject, text_body, html_body)
     VALUES (:dedupeKey, :kind, :saisineId, :to, :subject, :text, :html)
     ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
    {
      transaction,
      replacements: {
        dedupeKey: mail.dedupeKey,
        kind: mail.kind,
        saisineId: mail.saisineId ?? null,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html ?? null,
      },
    },
  );
  const [row] = rows as Array<{ id: string }>;
  if (!row) return false;
  for (const [position, attachment] of (mail.attachments ?? []).entries()) {
    await sequelize.query(
      `INSERT INTO outbox_mail_attachments (mail_id, position, filename, content_type, content)
       VALUES (:mailId, :position, :filename, :contentType, decode(:content, 'base64'))`,
      {
        transaction,
        replacements: {
          mailId: row.id,
          position,
          filename: attachment.filename,
          contentType: attachment.contentType,
          content: Buffer.from(attachment.content).toString('base64'),
        },
      },
    );
  }
  return true;
}
