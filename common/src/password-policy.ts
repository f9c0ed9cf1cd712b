import * as yup from 'yup';
// First: yup's messages in French before any schema is built (messages are taken at build time).
import './input/yup-locale';
import commonPasswords from './data/common-passwords.json';

/**
 * The password rule, shared by the API (which enforces it) and the back-office (which explains it):
 * at least 12 characters, not a common password or a common word with digits or symbols appended,
 * and not the user's identifier (the part of their e-mail address before "@").
 */
export const PASSWORD_MIN_LENGTH = 12;
// argon2 hashes any length: a bound keeps a sign-in from becoming a denial of service.
export const PASSWORD_MAX_LENGTH = 128;

export const PASSWORD_MESSAGES = {
  required: 'Indiquez un nouveau mot de passe.',
  tooShort: `Le mot de passe doit contenir au moins ${PASSWORD_MIN_LENGTH} caractères.`,
  tooLong: `Le mot de passe doit contenir au plus ${PASSWORD_MAX_LENGTH} caractères.`,
  common: 'Ce mot de passe est trop courant ou trop prévisible : choisissez-en un autre, par exemple une phrase de plusieurs mots.',
  containsIdentifier: 'Le mot de passe ne doit pas contenir votre identifiant (la partie de votre adresse électronique avant « @ »).',
  sameAsCurrent: 'Le nouveau mot de passe doit être différent du mot de passe actuel.',
  currentRequired: 'Indiquez votre mot de passe actuel.',
} as const;

const COMMON = new Set<string>(commonPasswords as string[]);
const LEET: Record<string, string> = { '0': 'o', '1': 'i', '3': 'e', '4': 'a', '5': 's', '7': 't', '@': 'a', $: 's', '€': 'e' };

/** Lower case, no accents, no spaces, dots, dashes or underscores: how the list is stored. */
function normalize(value: string): string {
  return value.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[\s._-]+/g, '');
}

function unleet(value: string): string {
  return [...value].map((char) => LEET[char] ?? char).join('');
}

/** One character repeated, a unit repeated ("azertyazerty") or a run of consecutive characters. */
function isPattern(value: string): boolean {
  if (/^(.{1,6})\1+$/.test(value)) return true;
  const codes = [...value].map((char) => char.charCodeAt(0));
  const steps = new Set(codes.slice(1).map((code, index) => code - codes[index]));
  return steps.size === 1 && [...steps].every((step) => Math.abs(step) === 1);
}

function isCommon(password: string): boolean {
  const plain = normalize(password);
  // The word people start from, without what they append to reach the length ("Soleil2026!!").
  const stem = plain.replace(/[^a-z]+$/, '');
  const candidates = [plain, unleet(plain), stem, unleet(stem), unleet(plain).replace(/[^a-z]+$/, '')];
  return candidates.some((candidate) => candidate.length > 0 && (COMMON.has(candidate) || isPattern(candidate)));
}

function containsIdentifier(password: string, email: string | undefined): boolean {
  const local = normalize(email?.split('@')[0] ?? '');
  if (local.length === 0) return false;
  const plain = unleet(normalize(password));
  const parts = (email?.split('@')[0] ?? '').split(/[._+-]+/).map(normalize);
  return [local, ...parts].some((part) => part.length >= 4 && plain.includes(unleet(part)));
}

export const passwordPolicy = {
  minLength: PASSWORD_MIN_LENGTH,
  maxLength: PASSWORD_MAX_LENGTH,
  /** The first problem with a password, in French, or null when it is acceptable. */
  check(password: string, context: { email?: string } = {}): string | null {
    if (password.length < PASSWORD_MIN_LENGTH) return PASSWORD_MESSAGES.tooShort;
    if (password.length > PASSWORD_MAX_LENGTH) return PASSWORD_MESSAGES.tooLong;
    if (isCommon(password)) return PASSWORD_MESSAGES.common;
    if (containsIdentifier(password, context.email)) return PASSWORD_MESSAGES.containsIdentifier;
    return null;
  },
};

/** Changing one's own password; validate with `{ context: { email } }`. */
export const passwordChangeSchema = yup.object({
  currentPassword: yup.string().required(PASSWORD_MESSAGES.currentRequired),
  newPassword: yup
    .string()
    .required(PASSWORD_MESSAGES.required)
    .test('policy', function check(value) {
      const problem = passwordPolicy.check(value ?? '', { email: this.options.context?.email as string | undefined });
      if (problem) return this.createError({ message: problem });
      if (value === this.parent.currentPassword) return this.createError({ message: PASSWORD_MESSAGES.sameAsCurrent });
      return true;
    }),
});
export type PasswordChangeInput = yup.InferType<typeof passwordChangeSchema>;
