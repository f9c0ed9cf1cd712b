import { ROLE_LABELS, ROLES, type Role } from './labels';
import { isValidEmail } from './email';

/**
 * What makes a user account valid, shared by the API (which enforces it) and the back-office
 * (which checks it before sending): a court for the roles that work a court's referrals, none
 * for the others, so that a court can never be given to a role that would not use it.
 */
export const ROLES_WITH_COURT: readonly Role[] = ['greffier', 'magistrat'];

export const roleNeedsCourt = (role: unknown): boolean => ROLES_WITH_COURT.includes(role as Role);

export interface UserAccountInput {
  email: string;
  displayName: string;
  role: Role;
  juridictionId: string | null;
  active: boolean;
}

/** The fields of an account that the national administrator writes; anything else is ignored. */
export const USER_ACCOUNT_FIELDS = ['email', 'displayName', 'role', 'juridictionId', 'active'] as const;

export const USER_ACCOUNT_MESSAGES = {
  email: 'Indiquez une adresse électronique valide.',
  displayName: 'Indiquez le nom affiché (2 à 120 caractères).',
  role: `Choisissez un rôle : ${ROLES.map((role) => ROLE_LABELS[role]).join(', ')}.`,
  juridictionRequired: 'Un greffier ou un magistrat doit être rattaché à une juridiction.',
  juridictionForbidden: 'Seuls les greffiers et les magistrats sont rattachés à une juridiction.',
  active: 'Indiquez si le compte est actif (oui ou non).',
  emailTaken: 'Un compte existe déjà avec cette adresse électronique.',
} as const;

/** Per-field French messages for an account as it would be saved; empty when it is valid. */
export function userAccountErrors(input: Partial<Record<keyof UserAccountInput, unknown>>): Record<string, string> {
  const errors: Record<string, string> = {};
  const { email, displayName, role, juridictionId, active } = input;
  if (!isValidEmail(email)) errors.email = USER_ACCOUNT_MESSAGES.email;
  if (typeof displayName !== 'string' || displayName.trim().length < 2 || displayName.trim().length > 120) {
    errors.displayName = USER_ACCOUNT_MESSAGES.displayName;
  }
  if (!ROLES.includes(role as Role)) errors.role = USER_ACCOUNT_MESSAGES.role;
  const hasCourt = typeof juridictionId === 'string' && juridictionId !== '';
  if (juridictionId !== null && juridictionId !== undefined && typeof juridictionId !== 'string') {
    errors.juridictionId = USER_ACCOUNT_MESSAGES.juridictionRequired;
  } else if (roleNeedsCourt(role) && !hasCourt) errors.juridictionId = USER_ACCOUNT_MESSAGES.juridictionRequired;
  else if (!errors.role && !roleNeedsCourt(role) && hasCourt) errors.juridictionId = USER_ACCOUNT_MESSAGES.juridictionForbidden;
  if (typeof active !== 'boolean') errors.active = USER_ACCOUNT_MESSAGES.active;
  return errors;
}
