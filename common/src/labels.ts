/** Reference lists and their French labels, shared by the form, the API, the back-office, e-mails and PDFs. */

const keysOf = <K extends string>(labels: Record<K, string>) => Object.keys(labels) as K[];

export const SAISINE_KIND_LABELS = {
  signalement_article_40: 'Signalement (article 40 du code de procédure pénale)',
  proces_verbal: 'Procès-verbal d’infraction',
  plainte: 'Plainte de l’administration',
  autre: 'Autre transmission',
} as const;
export type SaisineKind = keyof typeof SAISINE_KIND_LABELS;
export const SAISINE_KINDS = keysOf(SAISINE_KIND_LABELS);

/** Short kind labels for narrow columns and chips. */
export const SAISINE_KIND_SHORT_LABELS: Record<SaisineKind, string> = {
  signalement_article_40: 'Article 40',
  proces_verbal: 'Procès-verbal',
  plainte: 'Plainte',
  autre: 'Autre',
};

/** How a referral reached the court: through Info Parquet or entered by a clerk from paper or e-mail. */
export const CHANNEL_LABELS = {
  formulaire: 'Formulaire en ligne',
  api: 'Interface de programmation',
  papier: 'Courrier papier',
  courriel: 'Courriel',
} as const;
export type Channel = keyof typeof CHANNEL_LABELS;
export const CHANNELS = keysOf(CHANNEL_LABELS);

export const ADMINISTRATION_KIND_LABELS = {
  dgfip: 'Finances publiques (DGFiP)',
  douane: 'Douane (DGDDI)',
  inspection_travail: 'Inspection du travail',
  dgccrf: 'Protection des consommateurs (DGCCRF / DDPP)',
  ars: 'Agence régionale de santé',
  education: 'Éducation nationale',
  prefecture: 'Préfecture',
  securite_sociale: 'Organisme de sécurité sociale (URSSAF, CAF, CPAM…)',
  france_travail: 'France Travail',
  environnement: 'Police de l’environnement (OFB, DREAL…)',
  collectivite: 'Collectivité territoriale (mairie, département…)',
  autre: 'Autre administration',
} as const;
export type AdministrationKind = keyof typeof ADMINISTRATION_KIND_LABELS;
export const ADMINISTRATION_KINDS = keysOf(ADMINISTRATION_KIND_LABELS);

export const PERSON_ROLE_LABELS = {
  mis_en_cause: 'Personne mise en cause',
  victime: 'Victime',
  temoin: 'Témoin',
} as const;
export type PersonRole = keyof typeof PERSON_ROLE_LABELS;
export const PERSON_ROLES = keysOf(PERSON_ROLE_LABELS);

export const PERSON_TYPE_LABELS = {
  physique: 'Personne physique',
  morale: 'Personne morale',
} as const;
export type PersonType = keyof typeof PERSON_TYPE_LABELS;
export const PERSON_TYPES = keysOf(PERSON_TYPE_LABELS);

/** The three decision families of art. 40-1 CPP. */
export const DECISION_LABELS = {
  poursuites: 'Poursuites',
  alternative: 'Alternative aux poursuites',
  classement: 'Classement sans suite',
} as const;
export type Decision = keyof typeof DECISION_LABELS;
export const DECISIONS = keysOf(DECISION_LABELS);

/** Classement reasons, in the Ministry's statistical groups (labels; the official codes are to be confirmed). */
export const CLASSEMENT_REASON_LABELS = {
  absence_infraction: 'Absence d’infraction',
  infraction_insuffisamment_caracterisee: 'Infraction insuffisamment caractérisée',
  motif_juridique: 'Motif juridique (prescription, décès, amnistie, autorité de la chose jugée…)',
  auteur_inconnu: 'Auteur inconnu',
  recherches_infructueuses: 'Recherches infructueuses',
  desistement_plaignant: 'Désistement du plaignant',
  reparation_regularisation: 'Victime désintéressée ou situation régularisée',
  prejudice_peu_important: 'Préjudice ou trouble peu important',
  reussite_alternative: 'Après réussite d’une procédure alternative',
} as const;
export type ClassementReason = keyof typeof CLASSEMENT_REASON_LABELS;
export const CLASSEMENT_REASONS = keysOf(CLASSEMENT_REASON_LABELS);

/** Art. 40-3 CPP: told to the sender with every classement (tracking page, decision notice). */
export const CLASSEMENT_RECOURS_MENTION =
  'Vous pouvez contester ce classement sans suite par un recours auprès du procureur général près la cour d’appel (article 40-3 du code de procédure pénale).';

export const ROLE_LABELS = {
  admin_national: 'Administrateur national',
  greffier: 'Greffier (bureau d’ordre)',
  magistrat: 'Magistrat du parquet',
  analyste: 'Analyste (indicateurs)',
} as const;
export type Role = keyof typeof ROLE_LABELS;
export const ROLES = keysOf(ROLE_LABELS);

/** The role after a person's name, e.g. in the timeline: "Julien Robert (greffier)". */
export const ROLE_SHORT_LABELS: Record<Role, string> = {
  admin_national: 'administrateur national',
  greffier: 'greffier',
  magistrat: 'magistrat du parquet',
  analyste: 'analyste',
};

export const JURIDICTION_TYPE_LABELS = {
  TJ: 'Tribunal judiciaire',
  TPI: 'Tribunal de première instance',
  SPECIALISE: 'Parquet spécialisé',
} as const;
export type JuridictionType = keyof typeof JURIDICTION_TYPE_LABELS;

export const EVENT_TYPE_LABELS = {
  creation: 'Saisine reçue',
  transition: 'Changement de statut',
  message: 'Message',
  piece_ajoutee: 'Pièce ajoutée',
  consultation: 'Consultation',
  escalade: 'Délai d’urgence dépassé',
  prise_en_compte: 'Prise en compte',
} as const;
export type EventType = keyof typeof EVENT_TYPE_LABELS;
export const EVENT_TYPES = keysOf(EVENT_TYPE_LABELS);

/** The security log (sign-ins, lock-outs, refusals…), readable by the national administrator. */
export const SECURITY_EVENT_TYPE_LABELS = {
  login_succeeded: 'Connexion réussie',
  login_failed: 'Échec de connexion',
  account_locked: 'Compte verrouillé',
  account_unlocked: 'Compte déverrouillé',
  rate_limited: 'Trop de tentatives de connexion',
  permission_denied: 'Accès refusé',
  logout_all: 'Déconnexion de toutes les sessions',
  password_changed: 'Mot de passe modifié',
  role_changed: 'Rôle modifié',
  user_created: 'Compte créé',
  user_deactivated: 'Compte désactivé',
  user_reactivated: 'Compte réactivé',
  password_reset_requested: 'Réinitialisation du mot de passe demandée',
  password_reset_completed: 'Mot de passe réinitialisé',
  mfa_enabled: 'Double authentification activée',
  mfa_disabled: 'Double authentification désactivée',
  mfa_failed: 'Code de double authentification refusé',
  recovery_code_used: 'Code de secours utilisé',
} as const;
export type SecurityEventType = keyof typeof SECURITY_EVENT_TYPE_LABELS;
export const SECURITY_EVENT_TYPES = keysOf(SECURITY_EVENT_TYPE_LABELS);

/** The keys of a security event's `details` (as the API writes them), in French; unknown keys show as they are. */
export const SECURITY_EVENT_DETAIL_LABELS: Record<string, string> = {
  byEmail: 'par',
  reason: 'motif',
  secondFactor: 'second facteur',
  method: 'méthode',
  stage: 'étape',
  scope: 'limite',
  retryAfterSeconds: 'nouvel essai dans',
  failures: 'échecs',
  lockedUntil: 'verrouillé jusqu’au',
  wasLockedUntil: 'verrouillé jusqu’au',
  recoveryCodesLeft: 'codes de secours restants',
  purpose: 'lien',
  sessionsEnded: 'sessions fermées',
  otherSessionsEnded: 'autres sessions fermées',
  action: 'action',
  subject: 'objet',
  path: 'adresse',
  from: 'avant',
  to: 'après',
  role: 'rôle',
  juridictionId: 'juridiction',
  active: 'actif',
};

/** The coded values of those details, per key, in French; unknown values show as they are. */
export const SECURITY_EVENT_DETAIL_VALUE_LABELS: Record<string, Record<string, string>> = {
  reason: {
    bad_password: 'mot de passe erroné',
    unknown_account: 'compte inconnu',
    locked: 'compte verrouillé',
    inactive: 'compte désactivé',
  },
  secondFactor: {
    totp: 'application d’authentification',
    totp_enrolment: 'application d’authentification (à son activation)',
    recovery_code: 'code de secours',
  },
  method: { totp: 'application d’authentification', recovery_code: 'code de secours' },
  stage: {
    enrolment: 'activation de la double authentification',
    disable: 'désactivation de la double authentification',
    recovery_codes: 'renouvellement des codes de secours',
    mfa: 'double authentification',
  },
  scope: { ip: 'par adresse IP', account: 'par compte' },
  purpose: { activation: 'activation du compte', reinitialisation: 'réinitialisation du mot de passe' },
  action: {
    manage: 'gestion',
    read: 'lecture',
    create: 'création',
    update: 'modification',
    delete: 'suppression',
    transition: 'changement de statut',
    export: 'export',
  },
  subject: {
    Saisine: 'saisines',
    Juridiction: 'juridictions',
    Administration: 'administrations',
    User: 'utilisateurs',
    Indicator: 'indicateurs',
    Outbox: 'courriels envoyés',
    SecurityLog: 'journal de sécurité',
    Preference: 'préférences',
  },
  role: ROLE_LABELS,
};
