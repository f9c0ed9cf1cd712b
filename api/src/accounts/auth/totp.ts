import { createHash, randomInt } from 'node:crypto';
import type { Database, Transaction } from '../../db/database';
import { Secret, TOTP } from 'otpauth';
import QRCode from 'qrcode';
import { countRecoveryCodesLeft, replaceRecoveryCodeHashes, spendRecoveryCode } from './credentials-repository';

/** RFC 6238 defaults, the ones every authenticator app reads: SHA-1, 6 digits, 30 seconds. */
const PERIOD = 30;
export const TOTP_ISSUER = 'Info Parquet';
export const RECOVERY_CODE_COUNT = 10;

export function totpFor(base32Secret: string, label = ''): TOTP {
  return new TOTP({ issuer: TOTP_ISSUER, label, algorithm: 'SHA1', digits: 6, period: PERIOD, secret: Secret.fromBase32(base32Secret) });
}

/** 160 random bits, as RFC 4226 recommends. */
export function newTotpSecret(): string {
  return new Secret({ size: 20 }).base32;
}

export async function enrolmentDetails(base32Secret: string, email: string) {
  const otpauthUri = totpFor(base32Secret, email).toString();
  // SVG made here, shown as an image: the back-office carries no QR code library.
  const qrSvg = await QRCode.toString(otpauthUri, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' });
  return { otpauthUri, qrSvg, secret: base32Secret };
}

export const TOTP_CODE_PATTERN = /^\d{6}$/;

/**
 * The time step a code belongs to (one step of drift either way, for clocks a little off), or
 * null when it is wrong. The caller refuses a step already used, so a code cannot be replayed.
 */
export function matchingStep(base32Secret: string, code: string, now = Date.now()): number | null {
  const normalized = code.replace(/\s+/g, '');
  if (!TOTP_CODE_PATTERN.test(normalized)) return null;
  const delta = totpFor(base32Secret).validate({ token: normalized, timestamp: now, window: 1 });
  return delta === null ? null : Math.floor(now / 1000 / PERIOD) + delta;
}

export { claimStep } from './credentials-repository';

// No 0/O, 1/I/L: codes are read from paper.
const ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

/** `XXXX-XXXX-XXXX-XXXX`: 16 characters of a 31-letter alphabet, about 79 random bits. */
function newRecoveryCode(): string {
  const chars = Array.from({ length: 16 }, () => ALPHABET[randomInt(ALPHABET.length)]);
  return chars.join('').match(/.{4}/g)!.join('-');
}

export function normalizeRecoveryCode(code: string): string {
  return code.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** High-entropy codes: a plain SHA-256 cannot be reversed by trying them all. */
export function hashRecoveryCode(code: string): string {
  return createHash('sha256').update(normalizeRecoveryCode(code), 'utf8').digest('hex');
}

/** Replaces the user's recovery codes by 10 new ones, answered once and stored hashed. */
export async function replaceRecoveryCodes(db: Database, userId: string, transaction: Transaction): Promise<string[]> {
  const codes = Array.from({ length: RECOVERY_CODE_COUNT }, newRecoveryCode);
  await replaceRecoveryCodeHashes(db, transaction, userId, codes.map(hashRecoveryCode));
  return codes;
}

/** Spends one recovery code; false when it is unknown or already used. */
export const useRecoveryCode = (db: Database, userId: string, code: string): Promise<boolean> => spendRecoveryCode(db, userId, hashRecoveryCode(code));

export const recoveryCodesLeft = (db: Database, userId: string): Promise<number> => countRecoveryCodesLeft(db, userId);
