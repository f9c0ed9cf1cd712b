import { setLocale } from 'yup';

/**
 * yup's own messages, in French: a rule without a message of its own never shows English to a
 * user. Loaded once by common's index, so the form, the back-office and the API all get it.
 */
setLocale({
  mixed: {
    default: 'Valeur invalide.',
    required: 'Ce champ est obligatoire.',
    defined: 'Ce champ est obligatoire.',
    notNull: 'Ce champ est obligatoire.',
    oneOf: 'Valeur non autorisée.',
    notOneOf: 'Valeur non autorisée.',
    notType: ({ type }: { type: string }) =>
      ({ string: 'Texte attendu.', number: 'Nombre attendu.', boolean: 'Valeur vrai ou faux attendue (true ou false).', object: 'Objet attendu.', array: 'Liste attendue.', date: 'Date attendue.' })[type] ??
      'Type de valeur invalide.',
  },
  string: {
    length: ({ length }: { length: number }) => `${length} caractères exactement.`,
    min: ({ min }: { min: number }) => `${min} caractères au moins.`,
    max: ({ max }: { max: number }) => `${max} caractères au maximum.`,
    matches: 'Format invalide.',
    email: 'Adresse électronique invalide.',
    url: 'Adresse web invalide.',
    uuid: 'Identifiant invalide.',
    trim: 'Sans espace au début ni à la fin.',
    lowercase: 'En minuscules.',
    uppercase: 'En majuscules.',
  },
  number: {
    min: ({ min }: { min: number }) => `${min} au moins.`,
    max: ({ max }: { max: number }) => `${max} au plus.`,
    lessThan: ({ less }: { less: number }) => `Moins de ${less}.`,
    moreThan: ({ more }: { more: number }) => `Plus de ${more}.`,
    positive: 'Nombre positif attendu.',
    negative: 'Nombre négatif attendu.',
    integer: 'Nombre entier attendu.',
  },
  date: { min: 'Date trop ancienne.', max: 'Date trop tardive.' },
  boolean: { isValue: 'Valeur non autorisée.' },
  object: { noUnknown: 'Champ inconnu.' },
  array: {
    min: ({ min }: { min: number }) => `${min} élément(s) au moins.`,
    max: ({ max }: { max: number }) => `${max} élément(s) au plus.`,
    length: ({ length }: { length: number }) => `${length} élément(s) exactement.`,
  },
});
