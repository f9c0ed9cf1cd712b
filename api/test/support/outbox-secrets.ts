import type { Database } from '../../src/db/database';
import { openSecrets, withSecrets } from '../../src/mail/mail-secrets';

/** A mail's text as the worker will send it: its sealed secrets (tracking links) put back in place. */
export async function textAsSent(db: Database, mailId: string): Promise<string> {
  const [[row]] = (await db.query('SELECT text_body, sealed_secrets FROM outbox_mails WHERE id = :mailId', {
    replacements: { mailId },
  })) as [[{ text_body: string; sealed_secrets: Buffer | null }], unknown];
  return withSecrets(row.text_body, row.sealed_secrets ? openSecrets(mailId, row.sealed_secrets) : {});
}
