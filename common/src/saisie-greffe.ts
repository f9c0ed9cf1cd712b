import * as yup from 'yup';
// First: yup's messages in French before any schema is built (messages are taken at build time).
import './input/yup-locale';
import { isIsoDate, todayInParis } from './dates';
import { saisineSchema, senderSchema } from './saisine-schema';
import { emailField } from './email';
import type { Channel } from './labels';

/** The channels through which a clerk enters a referral received outside Info Parquet. */
export const SAISIE_GREFFE_CHANNELS = ['papier', 'courriel'] as const satisfies readonly Channel[];
export type SaisieGreffeChannel = (typeof SAISIE_GREFFE_CHANNELS)[number];

/**
 * A referral received on paper or by e-mail and entered by a clerk: the same fields and rules as
 * the public form, plus how and when it arrived. A paper letter may give no e-mail address: then
 * no acknowledgement is mailed (the clerk answers by post).
 */
export const saisieGreffeSchema = saisineSchema.shape({
  sender: senderSchema.shape({
    email: emailField().default(''),
  }),
  channel: yup
    .string()
    .required('Indiquez comment la saisine est arrivée.')
    .oneOf(SAISIE_GREFFE_CHANNELS, 'Canal invalide : courrier papier ou courriel.'),
  receivedDate: yup
    .string()
    .trim()
    .required('Indiquez la date de réception.')
    .test('iso-date', 'Date de réception invalide (format AAAA-MM-JJ).', (value) => !value || isIsoDate(value))
    .test('not-future', 'La date de réception ne peut pas être dans le futur.', (value) => !value || value <= todayInParis())
    .test('sane', 'Date de réception invraisemblable.', (value) => !value || value >= '2000-01-01'),
});

export type SaisieGreffeInput = yup.InferType<typeof saisieGreffeSchema>;
