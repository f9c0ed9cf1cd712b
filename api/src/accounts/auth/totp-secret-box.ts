import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';

/**
 * TOTP secrets are encrypted at rest (AES-256-GCM): a copy of the database alone does not give
 * anyone the second factor. The key is derived (HKDF-SHA-256) from SESSION_SECRET, which never
 * lives in the database; changing SESSION_SECRET makes the stored secrets unreadable, and their
 * owners must enrol again.
 */
const VERSION = 'v1';

function keyFrom(sessionSecret: string): Buffer {
  return Buffer.from(hkdfSync('sha256', sessionSecret, 'info-parquet', 'totp-secret-v1', 32));
}

export function sealTotpSecret(sessionSecret: string, base32Secret: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keyFrom(sessionSecret), iv);
  const encrypted = Buffer.concat([cipher.update(base32Secret, 'utf8'), cipher.final()]);
  return [VERSION, iv.toString('base64url'), cipher.getAuthTag().toString('base64url'), encrypted.toString('base64url')].join(':');
}

/** The Base32 secret, or null when it cannot be read (another SESSION_SECRET, altered value). */
export function openTotpSecret(sessionSecret: string, sealed: string): string | null {
  const [version, iv, tag, encrypted] = sealed.split(':');
  if (version !== VERSION || !iv || !tag || !encrypted) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', keyFrom(sessionSecret), Buffer.from(iv, 'base64url'));
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64url')), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}
