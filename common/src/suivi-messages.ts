import * as yup from 'yup';
import { UUID_PATTERN } from './uuid';

/** What the sender may send through the tracking link: shared by the form and the API. */
export const SUIVI_MESSAGE_MAX_LENGTH = 5000;
export const SUIVI_MESSAGE_MAX_PIECES = 20;

/** Said for a tracking link that leads nowhere (unknown, mistyped or forged token). */
export const SUIVI_LINK_INVALID = 'Lien de suivi invalide ou expiré.';

/** Said when a message has neither text nor document. */
export const SUIVI_MESSAGE_EMPTY = 'Écrivez un message ou joignez au moins une pièce.';

/** Said when the referral is closed: nothing can be added any more. */
export const SUIVI_CLOSED_MESSAGE =
  'La saisine est clôturée : il n’est plus possible d’y ajouter un message ou une pièce. Adressez-vous directement au parquet si nécessaire.';

/**
 * What the sender sends through the tracking link (`POST /api/public/suivi/<token>/messages`):
 * a message, documents already uploaded, or both. Checked by the form before sending and by the
 * API (after the types), with the same French messages.
 */
export const suiviMessageSchema = yup
  .object({
    message: yup.string().trim().max(SUIVI_MESSAGE_MAX_LENGTH, `Le message ne peut dépasser ${SUIVI_MESSAGE_MAX_LENGTH} caractères.`).default(''),
    attachmentIds: yup
      .array(yup.string().required().matches(UUID_PATTERN, 'Liste de pièces jointes invalide.'))
      .max(SUIVI_MESSAGE_MAX_PIECES, `Au plus ${SUIVI_MESSAGE_MAX_PIECES} pièces jointes par envoi.`)
      .default([]),
  })
  .test('message-or-document', SUIVI_MESSAGE_EMPTY, (value, context) =>
    value.message !== '' || value.attachmentIds.length > 0 ? true : context.createError({ path: 'message', message: SUIVI_MESSAGE_EMPTY }),
  );
export type SuiviMessageInput = yup.InferType<typeof suiviMessageSchema>;
