/** The mail outbox as the national administrator reads it (back-office), in French. */
export const OUTBOX_STATUS_LABELS = {
  en_attente: 'En attente',
  envoye: 'Envoyé',
  echec: 'Échec',
} as const;
export type OutboxStatus = keyof typeof OUTBOX_STATUS_LABELS;
export const OUTBOX_STATUSES = Object.keys(OUTBOX_STATUS_LABELS) as OutboxStatus[];

/** Kinds of mail, each with its label. */
export const OUTBOX_MAIL_KIND_LABELS = {
  accuse_reception: 'Accusé de réception',
  notification_bureau_ordre: 'Avis au bureau d’ordre',
  notification_permanence: 'Avis à la permanence',
  message_expediteur: 'Message de l’expéditeur',
  demande_complement: 'Demande de complément',
  decision_communiquee: 'Décision communiquée',
  liens_de_suivi: 'Liens de suivi',
  reinitialisation_mot_de_passe: 'Réinitialisation du mot de passe',
  activation_compte: 'Activation du compte',
} as const;
export type OutboxMailKind = keyof typeof OUTBOX_MAIL_KIND_LABELS;
export const OUTBOX_MAIL_KINDS = Object.keys(OUTBOX_MAIL_KIND_LABELS) as OutboxMailKind[];
