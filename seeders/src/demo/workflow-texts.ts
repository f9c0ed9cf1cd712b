import type { ClassementReason, Decision } from '@info-parquet/common';

/** What clerks and prosecutors write along the workflow (demo data). */

export const COMPLEMENT_MESSAGES: readonly string[] = [
  'Merci de transmettre le procès-verbal de constat signé et ses annexes.',
  'Merci de préciser l’identité complète et l’adresse de la personne mise en cause.',
  'Merci de joindre les pièces comptables mentionnées dans votre signalement.',
  'Merci d’indiquer les coordonnées des témoins cités.',
  'Merci de préciser la période exacte des faits.',
  'Merci de transmettre le rapport d’analyse du laboratoire.',
];

export const SENDER_ANSWERED = 'Réponse de l’expéditeur reçue';

export const CLOSING_REASON = 'Décision communiquée à l’expéditeur';

export const DECISION_WEIGHTS: ReadonlyArray<readonly [Decision, number]> = [
  ['poursuites', 32],
  ['alternative', 23],
  ['classement', 45],
];

export const DECISION_DETAILS: Record<Decision, readonly string[]> = {
  poursuites: [
    'Convocation par officier de police judiciaire devant le tribunal correctionnel',
    'Citation directe devant le tribunal correctionnel',
    'Ouverture d’une information judiciaire',
    'Comparution sur reconnaissance préalable de culpabilité',
    'Ordonnance pénale délictuelle',
  ],
  alternative: [
    'Composition pénale',
    'Avertissement pénal probatoire',
    'Régularisation de la situation exigée dans un délai de trois mois',
    'Réparation du préjudice subi',
    'Stage de sensibilisation',
  ],
  // A classement's detail comes from its reason (CLASSEMENT_DETAILS).
  classement: [],
};

/** An optional sentence that explains a classement to the sender, consistent with its reason. */
export const CLASSEMENT_DETAILS: Record<ClassementReason, string> = {
  absence_infraction: 'Les faits signalés ne constituent pas une infraction pénale.',
  infraction_insuffisamment_caracterisee: 'Les vérifications réalisées n’ont pas permis d’établir les éléments de l’infraction.',
  motif_juridique: 'L’action publique est éteinte.',
  auteur_inconnu: 'L’auteur des faits n’a pas pu être identifié.',
  recherches_infructueuses: 'Les recherches entreprises sont demeurées vaines.',
  desistement_plaignant: 'L’administration a retiré sa plainte.',
  reparation_regularisation: 'La situation a été régularisée auprès de l’administration.',
  prejudice_peu_important: 'Le trouble causé est faible et n’a pas été réitéré.',
  reussite_alternative: 'La mesure alternative ordonnée a été exécutée.',
};

export const CLASSEMENT_WEIGHTS: ReadonlyArray<readonly [ClassementReason, number]> = [
  ['absence_infraction', 10],
  ['infraction_insuffisamment_caracterisee', 25],
  ['motif_juridique', 5],
  ['auteur_inconnu', 7],
  ['recherches_infructueuses', 6],
  ['desistement_plaignant', 3],
  ['reparation_regularisation', 22],
  ['prejudice_peu_important', 9],
  ['reussite_alternative', 13],
];

export function transferReason(target: { nom: string; type: string }): string {
  if (target.type === 'SPECIALISE') return `Affaire relevant de la compétence du ${lowerFirst(target.nom)}`;
  return `Faits commis hors du ressort : transmission au parquet près le ${lowerFirst(target.nom)}`;
}

function lowerFirst(value: string): string {
  return value.charAt(0).toLowerCase() + value.slice(1);
}
