import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * A mail's secrets (a tracking link, a password-reset link…) never rest in clear in the outbox.
 * The body is stored with a placeholder `⟦secret:name⟧` in place of each secret; the secrets are
 * sealed together (AES-256-GCM, key derived from the session secret, the mail's id as associated
 * data so that a sealed value cannot be moved to another mail) in `outbox_mails.sealed_secrets`.
 * The worker opens them at send time and drops them once the mail is sent. Attachments that hold
 * a secret (the acknowledgement PDF prints the tracking link) are sealed the same way.
 */
const PLACEHOLDER = /⟦secret:([a-z0-9_-]{1,40})⟧/g;
export const SECRET_NAME = /^[a-z0-9_-]{1,40}$/;
const VERSION = 1;

let key: Buffer | null = null;

/** Called once at start-up (createApp) with the session secret; every process derives the same key. */
export function configureMailSecrets(sessionSecret: string): void {
  key = Buffer.from(hkdfSync('sha256', sessionSecret, 'info-parquet', 'outbox-mail-secrets-v1', 32));
}

function currentKey(): Buffer {
  if (!key) throw new Error('Clé des secrets de courriel non configurée (configureMailSecrets).');
  return key;
}

export const placeholder = (name: string) => `⟦secret:${name}⟧`;

/** `version | iv (12) | tag (16) | ciphertext`. */
export function seal(plain: Uint8Array, associatedData: string): Buffer {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', currentKey(), iv);
  cipher.setAAD(Buffer.from(associatedData));
  const ciphertext = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), ciphertext]);
}

export function open(sealed: Buffer, associatedData: string): Buffer {
  if (sealed[0] !== VERSION) throw new Error('Secret de courriel dans un format inconnu.');
  const decipher = createDecipheriv('aes-256-gcm', currentKey(), sealed.subarray(1, 13));
  decipher.setAAD(Buffer.from(associatedData));
  decipher.setAuthTag(sealed.subarray(13, 29));
  return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]);
}

/** Replaces every occurrence of each secret's value by its placeholder. */
export function withPlaceholders(body: string, secrets: Record<string, string>): string {
  let result = body;
  for (const [name, value] of Object.entries(secrets)) {
    if (!SECRET_NAME.test(name) || !value) throw new Error(`Secret de courriel invalide : « ${name} ».`);
    result = result.split(value).join(placeholder(name));
  }
  return result;
}

/** The body as it is sent: each placeholder replaced by its secret. */
export function withSecrets(body: string, secrets: Record<string, string>): string {
  return body.replace(PLACEHOLDER, (match, name: string) => secrets[name] ?? match);
}

export const mailAssociatedData = (mailId: string) => `outbox_mails:${mailId}`;
export const attachmentAssociatedData = (mailId: string, position: number) => `outbox_mail_attachments:${mailId}:${position}`;

export function sealSecrets(mailId: string, secrets: Record<string, string>): Buffer {
  return seal(Buffer.from(JSON.stringify(secrets)), mailAssociatedData(mailId));
}

export function openSecrets(mailId: string, sealed: Buffer): Record<string, string> {
  return JSON.parse(open(sealed, mailAssociatedData(mailId)).toString('utf8')) as Record<string, string>;
}
