import * as yup from 'yup';
// First: yup's messages in French before any schema is built (messages are taken at build time).
import './input/yup-locale';

/**
 * One rule for every e-mail address Info Parquet stores or writes to: an acknowledgement sent to
 * `prenom.nom@dgfip` or `x@y` would never arrive, so the domain needs a dot and a real TLD. Not
 * RFC 5322 in full (quoted local parts, IP literals): no administration uses them.
 */
export const EMAIL_MAX_LENGTH = 254;
export const EMAIL_INVALID_MESSAGE = 'Adresse électronique invalide (exemple : prenom.nom@administration.gouv.fr).';

const LOCAL_PART = String.raw`[^\s@"(),:;<>[\]\\.]+(?:\.[^\s@"(),:;<>[\]\\.]+)*`;
const DOMAIN_LABEL = String.raw`[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?`;
const EMAIL = new RegExp(String.raw`^${LOCAL_PART}@(?:${DOMAIN_LABEL}\.)+\p{L}{2,}$`, 'u');

/** True for an address that can receive mail as typed (surrounding spaces excepted). */
export function isValidEmail(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const email = value.trim();
  return email.length <= EMAIL_MAX_LENGTH && EMAIL.test(email);
}

/** The yup field for an e-mail address (trimmed, lower-cased); empty passes unless `.required()`. */
export const emailField = (message: string = EMAIL_INVALID_MESSAGE) =>
  yup
    .string()
    .trim()
    .lowercase()
    .max(EMAIL_MAX_LENGTH, `${EMAIL_MAX_LENGTH} caractères au maximum.`)
    .test('email', message, (value) => !value || isValidEmail(value));
