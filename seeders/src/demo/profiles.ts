import type { AdministrationKind } from '@info-parquet/common';
import { ECONOMIC_PROFILES } from './profiles-economic';
import type { AdministrationProfile } from './profile-types';
import { PUBLIC_PROFILES } from './profiles-public';

export const PROFILES: readonly AdministrationProfile[] = [...ECONOMIC_PROFILES, ...PUBLIC_PROFILES];

export function profileOf(kind: AdministrationKind): AdministrationProfile {
  const profile = PROFILES.find((candidate) => candidate.kind === kind);
  if (!profile) throw new Error(`Aucun profil de démonstration pour le type d’administration « ${kind} ».`);
  return profile;
}

/** Last sentences a sender may add, whatever the facts. */
export const CLOSINGS: readonly string[] = [
  'Les pièces justificatives sont tenues à la disposition du parquet.',
  'Le service reste à la disposition du parquet pour tout complément d’information.',
  'Le procès-verbal de constat peut être transmis sur simple demande.',
  'Une copie du dossier administratif peut être transmise sur demande.',
];

export const PERIODS: readonly string[] = [
  'depuis le début de l’année',
  'au cours des deux derniers exercices',
  'depuis plusieurs mois',
  'entre janvier et juin',
  'depuis au moins trois ans',
];

/** Urgency reasons: the kinds whose facts make each one plausible. */
export const URGENCY_REASONS: ReadonlyArray<readonly [string, readonly AdministrationKind[] | 'all']> = [
  ['Risque de disparition des preuves', 'all'],
  ['Départ imminent à l’étranger de la personne mise en cause', ['dgfip', 'douane', 'securite_sociale', 'prefecture', 'autre']],
  ['Prescription de l’action publique imminente', ['dgfip', 'securite_sociale', 'collectivite', 'autre']],
  ['Danger immédiat pour la santé ou la sécurité des personnes', ['inspection_travail', 'dgccrf', 'ars', 'environnement']],
  ['Mineur en danger', ['education']],
  ['Personne vulnérable en danger', ['ars', 'dgccrf']],
  ['Personne retenue par le service (retenue douanière en cours)', ['douane']],
  ['Menace de passage à l’acte', ['prefecture', 'education', 'collectivite']],
  ['Pollution en cours', ['environnement']],
];
