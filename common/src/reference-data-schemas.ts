import * as yup from 'yup';
// First: yup's messages in French before any schema is built (messages are taken at build time).
import './input/yup-locale';
import { ADMINISTRATION_KINDS } from './labels';
import { isValidSiret } from './siret';
import { emailField } from './email';

/**
 * What the national administrator may change on a court and on an administration, and what is
 * valid: one schema for the API (validate, strip unknown keys) and the back-office's forms. A
 * court's identity (name, seat, jurisdiction) comes from the reference sources (seeders/), not
 * from this form; its addresses and urgency target are the administrator's.
 */

const REQUIRED = 'Ce champ est obligatoire.';
const DEPARTEMENT_CODE = /^(\d{2}|2[AB]|9[78]\d)$/;
export const isDepartementCode = (value: unknown): value is string => typeof value === 'string' && DEPARTEMENT_CODE.test(value);
const PHONE = /^[+\d][\d .-]{7,19}$/;

const email = (label: string) =>
  emailField(`${label[0].toUpperCase()}${label.slice(1)} : adresse électronique invalide.`).required(`Indiquez ${label}.`);

/** Urgency targets: between 15 minutes and 3 days (the permanence answers round the clock). */
export const URGENCE_DELAI_MIN = 15;
export const URGENCE_DELAI_MAX = 4320;

export const juridictionEditSchema = yup.object({
  adresse: yup.string().trim().max(500, '500 caractères au maximum.').default(''),
  emailBureauOrdre: email('l’adresse du bureau d’ordre'),
  emailPermanence: email('l’adresse de la permanence'),
  telephonePermanence: yup
    .string()
    .trim()
    .default('')
    .test('phone', 'Numéro de téléphone invalide.', (value) => !value || PHONE.test(value)),
  urgenceDelaiMinutes: yup
    .number()
    .typeError('Indiquez un nombre de minutes.')
    .required(REQUIRED)
    .integer('Indiquez un nombre entier de minutes.')
    .min(URGENCE_DELAI_MIN, `Au moins ${URGENCE_DELAI_MIN} minutes.`)
    .max(URGENCE_DELAI_MAX, `Au plus ${URGENCE_DELAI_MAX} minutes (3 jours).`),
  active: yup.boolean().typeError('Indiquez oui ou non.').required(REQUIRED),
});
export type JuridictionEditInput = yup.InferType<typeof juridictionEditSchema>;
export const JURIDICTION_EDIT_FIELDS = Object.keys(juridictionEditSchema.fields) as Array<keyof JuridictionEditInput>;

export const administrationSchema = yup.object({
  nom: yup.string().trim().required('Indiquez le nom de l’administration.').max(300, '300 caractères au maximum.'),
  kind: yup.string().required('Choisissez le type d’administration.').oneOf(ADMINISTRATION_KINDS, 'Type d’administration inconnu.'),
  departementCode: yup
    .string()
    .trim()
    .uppercase()
    .nullable()
    .default(null)
    .transform((value: string | null) => (value ? value : null))
    .test('departement', 'Code de département invalide (ex. : 41, 2A, 974).', (value) => !value || DEPARTEMENT_CODE.test(value)),
  email: emailField().default(''),
  siret: yup
    .string()
    .default('')
    .transform((value: string) => (typeof value === 'string' ? value.replace(/\s/g, '') : value))
    .test('siret', 'SIRET invalide : 14 chiffres avec une clé de contrôle exacte.', (value) => !value || isValidSiret(value)),
  active: yup.boolean().typeError('Indiquez oui ou non.').default(true),
});
export type AdministrationInput = yup.InferType<typeof administrationSchema>;
export const ADMINISTRATION_FIELDS = Object.keys(administrationSchema.fields) as Array<keyof AdministrationInput>;

/** Per-field French messages for a form's values; empty when they are valid (react-admin's `validate`). */
export function schemaErrors(schema: yup.AnyObjectSchema, values: unknown): Record<string, string> {
  try {
    schema.validateSync(values, { abortEarly: false });
    return {};
  } catch (error) {
    if (!(error instanceof yup.ValidationError)) throw error;
    const errors: Record<string, string> = {};
    for (const item of error.inner.length > 0 ? error.inner : [error]) {
      const path = item.path ?? '_';
      if (!(path in errors)) errors[path] = item.message;
    }
    return errors;
  }
}
