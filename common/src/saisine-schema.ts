import * as yup from 'yup';
// First: yup's messages in French before any schema is built (messages are taken at build time).
import './input/yup-locale';
import { ADMINISTRATION_KINDS, PERSON_ROLES, PERSON_TYPES, SAISINE_KINDS } from './labels';
import { isIsoDate, todayInParis } from './dates';
import { isValidSiret } from './siret';
import { emailField } from './email';

/**
 * What a referral contains and what is valid: one schema for the form (formik) and the API
 * (validate with `stripUnknown`). Messages are the French ones shown to the agent.
 */

const REQUIRED = 'Ce champ est obligatoire.';
const COMMUNE_INSEE = /^(\d{5}|2[AB]\d{3})$/;
const PHONE = /^[+\d][\d .-]{7,19}$/;

const optionalText = (max: number) =>
  yup.string().trim().max(max, `${max} caractères au maximum.`).default('');

const isoDate = (label: string) =>
  yup
    .string()
    .trim()
    .test('iso-date', `${label} : date invalide (format AAAA-MM-JJ).`, (value) => !value || isIsoDate(value))
    .test('not-future', `${label} ne peut pas être dans le futur.`, (value) => !value || value <= todayInParis());

export const senderSchema = yup.object({
  administration: yup.string().trim().required(REQUIRED).max(300, '300 caractères au maximum.'),
  administrationKind: yup
    .string()
    .required(REQUIRED)
    .oneOf(ADMINISTRATION_KINDS, 'Type d’administration inconnu.'),
  service: optionalText(300),
  agentName: yup.string().trim().required(REQUIRED).max(200, '200 caractères au maximum.'),
  agentFunction: yup.string().trim().required(REQUIRED).max(200, '200 caractères au maximum.'),
  email: emailField().required(REQUIRED),
  phone: yup
    .string()
    .trim()
    .default('')
    .test('phone', 'Numéro de téléphone invalide.', (value) => !value || PHONE.test(value)),
});

export const factsSchema = yup.object({
  narrative: yup
    .string()
    .trim()
    .required(REQUIRED)
    .min(20, 'Décrivez les faits en 20 caractères au moins.')
    .max(20000, '20 000 caractères au maximum.'),
  startDate: isoDate('La date des faits').required(REQUIRED),
  endDate: isoDate('La date de fin')
    .nullable()
    .default(null)
    // An empty date is no date (an empty string would reach the database as a date).
    .transform((value: string | null) => (value === '' ? null : value))
    .test('after-start', 'La date de fin doit suivre la date de début.', function (value) {
      const { startDate } = this.parent as { startDate?: string };
      return !value || !startDate || value >= startDate;
    }),
  communeInsee: yup
    .string()
    .trim()
    .required('Choisissez la commune des faits.')
    .matches(COMMUNE_INSEE, 'Code commune INSEE invalide.'),
  address: optionalText(500),
  knowledge: yup
    .string()
    .trim()
    .required(REQUIRED)
    .max(2000, '2 000 caractères au maximum.'),
});

export const personSchema = yup.object({
  role: yup.string().required(REQUIRED).oneOf(PERSON_ROLES, 'Rôle inconnu.'),
  type: yup.string().required(REQUIRED).oneOf(PERSON_TYPES, 'Type de personne inconnu.'),
  lastName: yup
    .string()
    .trim()
    .max(200)
    .default('')
    .when('type', { is: 'physique', then: (s) => s.required('Indiquez le nom de la personne.') }),
  firstName: optionalText(200),
  birthDate: isoDate('La date de naissance')
    .nullable()
    .default(null)
    .transform((value: string | null) => (value === '' ? null : value))
    .test('sane', 'Date de naissance invraisemblable.', (value) => !value || value >= '1900-01-01'),
  address: optionalText(500),
  name: yup
    .string()
    .trim()
    .max(300)
    .default('')
    .when('type', { is: 'morale', then: (s) => s.required('Indiquez la dénomination de la personne morale.') }),
  siret: yup
    .string()
    .trim()
    .default('')
    .test('siret', 'SIRET invalide (14 chiffres avec une clé valide).', (value) => !value || isValidSiret(value)),
});

/**
 * Only the API knows whether the chosen court is a specialised parquet, so this rule is checked
 * there and in the form's specialised-parquet choice, both with this message.
 */
export const SPECIALISED_REASON_REQUIRED = 'Le motif est obligatoire pour un parquet spécialisé.';

export const saisineSchema = yup.object({
  kind: yup.string().required(REQUIRED).oneOf(SAISINE_KINDS, 'Type de saisine inconnu.'),
  urgent: yup.boolean().default(false),
  urgencyReason: yup
    .string()
    .trim()
    .max(1000, '1 000 caractères au maximum.')
    .default('')
    .when('urgent', { is: true, then: (s) => s.required('Indiquez le motif de l’urgence.') }),
  sender: senderSchema,
  facts: factsSchema,
  juridictionId: yup.string().trim().nullable().default(null).max(100),
  /** Why the agent chose another court than the one the commune decides, or a specialised parquet. */
  routingReason: optionalText(1000),
  qualification: optionalText(500),
  natinf: yup
    .string()
    .trim()
    .default('')
    .test('natinf', 'Code NATINF invalide (1 à 5 chiffres).', (value) => !value || /^\d{1,5}$/.test(value)),
  persons: yup.array(personSchema).max(100, '100 personnes au maximum.').default([]),
  attachmentIds: yup
    .array(yup.string().uuid('Identifiant de pièce jointe invalide.').required())
    .max(50, '50 pièces jointes au maximum.')
    .default([]),
});

export type SaisineInput = yup.InferType<typeof saisineSchema>;
export type PersonInput = yup.InferType<typeof personSchema>;

/** Turns a yup ValidationError into `{ "facts.narrative": "message" }`, the API's `errors` shape. */
export function validationErrorsByField(error: yup.ValidationError): Record<string, string> {
  const errors: Record<string, string> = {};
  const inner = error.inner.length > 0 ? error.inner : [error];
  for (const item of inner) {
    const path = item.path ?? '_';
    if (!(path in errors)) errors[path] = item.message;
  }
  return errors;
}
