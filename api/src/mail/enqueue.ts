import type { Database, Transaction } from '../db/database';
import { randomUUID } from 'node:crypto';
import { attachmentAssociatedData, seal, sealSecrets, withPlaceholders } from './mail-secrets';
import { insertOutboxAttachment, insertOutboxMail } from './outbox-repository';
import type { OutboxMailKind } from '@info-parquet/common';

export interface OutboxAttachment {
  filename: string;
  contentType: string;
  content: Uint8Array;
  /** The content holds a secret (e.g. a PDF printing the tracking link): stored sealed, dropped once sent. */
  sealed?: boolean;
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
  /**
   * Values that must not rest in clear (tracking links…), by name: each occurrence in the bodies
   * is stored as a placeholder and the values sealed apart (see mail-secrets.ts).
   */
  secrets?: Record<string, string>;
}

/**
 * Writes a mail to the outbox inside the caller's transaction: it exists if and only if what it
 * tells was committed. Returns false when a mail with the same dedupe key already exists.
 */
export async function enqueueMail(db: Database, transaction: Transaction, mail: NewOutboxMail): Promise<boolean> {
  // A referral entered from a paper letter may have no sender address: nothing to send.
  if (!mail.to) return false;
  const id = randomUUID();
  const secrets = mail.secrets ?? {};
  const hasSecrets = Object.keys(secrets).length > 0;
  const inserted = await insertOutboxMail(db, transaction, {
    id,
    dedupeKey: mail.dedupeKey,
    kind: mail.kind,
    saisineId: mail.saisineId ?? null,
    to: mail.to,
    subject: mail.subject,
    text: withPlaceholders(mail.text, secrets),
    html: mail.html ? withPlaceholders(mail.html, secrets) : null,
    sealedSecrets: hasSecrets ? sealSecrets(id, secrets).toString('base64') : null,
  });
  if (!inserted) return false;
  for (const [position, attachment] of (mail.attachments ?? []).entries()) {
    const content = attachment.sealed ? seal(attachment.content, attachmentAssociatedData(id, position)) : Buffer.from(attachment.content);
    await insertOutboxAttachment(db, transaction, {
      mailId: id,
      position,
      filename: attachment.filename,
      contentType: attachment.contentType,
      content: content.toString('base64'),
      sealed: attachment.sealed === true,
      sizeBytes: attachment.content.byteLength,
    });
  }
  return true;
}
