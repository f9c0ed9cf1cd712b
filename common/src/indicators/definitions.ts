import type { IndicatorId } from './contract';

/**
 * Each indicator's name and exact definition, in French: shown beside every figure (back-office
 * dashboard, public page), served by the API, and the rule the tests check the SQL against.
 * A cohort is the referrals RECEIVED in the period (Paris dates, both bounds included).
 */
export interface IndicatorDefinition {
  label: string;
  definition: string;
}

export const INDICATOR_DEFINITIONS: Record<IndicatorId, IndicatorDefinition> = {
  timeToRegistration: {
    label: 'Délai d’enregistrement',
    definition:
      'Médiane et 90e centile du temps écoulé entre la réception d’une saisine et son enregistrement par le bureau d’ordre (numéro parquet attribué), ' +
      'sur les saisines reçues dans la période et déjà enregistrées.',
  },
  automaticAcknowledgement: {
    label: 'Accusé de réception automatique',
    definition:
      'Part des saisines reçues dans la période dont l’accusé de réception et la référence ont été remis à l’expéditeur moins de 5 minutes après la réception.',
  },
  urgentVisibility: {
    label: 'Visibilité des urgences',
    definition:
      'Part des saisines urgentes reçues dans la période prises en compte (« Prendre en compte » ou première action de la juridiction) ' +
      'dans le délai cible de leur juridiction, et médiane du temps entre la réception et la prise en compte.',
  },
  decisionFeedback: {
    label: 'Retour de la décision (art. 40-2 CPP)',
    definition:
      'Part des saisines décidées, parmi celles reçues dans la période, dont la décision a été communiquée à l’administration qui l’a envoyée, ' +
      'et délai entre la décision et sa communication.',
  },
  timeToDecision: {
    label: 'Délai de décision',
    definition:
      'Médiane et 90e centile du temps entre la réception et la décision (poursuites, alternative aux poursuites, classement sans suite), ' +
      'par famille de décision, sur les saisines reçues dans la période et déjà décidées.',
  },
  firstTimeCompleteness: {
    label: 'Complétude du premier envoi',
    definition: 'Part des saisines reçues dans la période pour lesquelles le parquet n’a jamais demandé de complément à l’expéditeur.',
  },
  misrouting: {
    label: 'Erreurs d’orientation',
    definition:
      'Part des saisines reçues dans la période transférées à un autre parquet (compétent ou spécialisé), et parquets de destination. ' +
      'Pour une juridiction : les saisines qui lui ont d’abord été adressées.',
  },
  selfServiceFollowUp: {
    label: 'Suivi en autonomie',
    definition:
      'Part des saisines reçues dans la période dont l’expéditeur a ouvert au moins une fois le lien de suivi, ' +
      'et nombre moyen de consultations de la page de suivi par saisine.',
  },
  adoption: {
    label: 'Adoption',
    definition:
      'Saisines reçues par semaine ou par mois selon le canal (formulaire, API, courrier papier ou courriel saisis par le greffe), ' +
      'part saisie depuis le papier, administrations et juridictions actives (au moins une saisine dans la période).',
  },
};

/** Where a figure would be too small to keep anyone anonymous, outside the court itself. */
export const SMALL_COUNT_THRESHOLD = 5;

export const SMALL_COUNT_RULE =
  'Hors de la juridiction concernée, un effectif inférieur à 5 est affiché « < 5 » ; les parts et délais calculés sur moins de 5 saisines ne sont pas affichés.';
