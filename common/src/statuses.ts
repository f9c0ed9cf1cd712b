/** The life of a referral at the parquet. Identifiers carry no accents. */
export const SAISINE_STATUSES = [
  'recue',
  'enregistree',
  'attribuee',
  'complement_demande',
  'transferee',
  'decidee',
  'cloturee',
] as const;
export type SaisineStatus = (typeof SAISINE_STATUSES)[number];

export const STATUS_LABELS: Record<SaisineStatus, string> = {
  recue: 'Reçue',
  enregistree: 'Enregistrée',
  attribuee: 'Attribuée',
  complement_demande: 'Complément demandé',
  transferee: 'Transférée',
  decidee: 'Décidée',
  cloturee: 'Clôturée',
};

/** What each status means for the sender, in plain French (tracking page, e-mails). */
export const STATUS_DESCRIPTIONS: Record<SaisineStatus, string> = {
  recue: 'Votre saisine a été reçue par le parquet. Un accusé de réception vous a été délivré.',
  enregistree: 'Le bureau d’ordre du parquet a enregistré votre saisine et lui a attribué un numéro parquet.',
  attribuee: 'Votre saisine a été confiée à un magistrat du parquet, qui en examine le contenu.',
  complement_demande: 'Le parquet vous demande des informations ou des pièces complémentaires.',
  transferee: 'Votre saisine a été transmise à un autre parquet, compétent pour la traiter.',
  decidee: 'Le procureur de la République a pris une décision sur votre saisine.',
  cloturee: 'La décision vous a été communiquée. La saisine est close.',
};

export const isSaisineStatus = (value: unknown): value is SaisineStatus =>
  typeof value === 'string' && (SAISINE_STATUSES as readonly string[]).includes(value);
