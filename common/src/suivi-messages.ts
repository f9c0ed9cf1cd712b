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
