import { createHash, randomBytes } from 'node:crypto';

/** The sender's tracking token: 256 random bits, base64url; only its SHA-256 is stored. */
export function createTrackingToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, hash: hashTrackingToken(token) };
}

export function hashTrackingToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}

export const TRACKING_TOKEN_PATTERN = /^[A-Za-z0-9_-]{43}$/;
