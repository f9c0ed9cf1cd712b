import type { AdministrationKind } from '@info-parquet/common';

/**
 * Administrations known to the demo: real kinds of services with their usual names, chosen by
 * hand (an illustrative list, not an official directory). `scope` tells the demo generator
 * where a service plausibly reports facts: its department, its region, or anywhere.
 */
export interface AdministrationSeed {
  nom: string;
  kind: AdministrationKind;
  /** Department of the service's seat; null for national services. */
  departementCode: string | null;
  scope: 'departement' | 'region' | 'national';
}

const dep = (nom: string, kind: AdministrationKind, departementCode: string): AdministrationSeed => ({
  nom,
  kind,
  departementCode,
  scope: 'departement',
});
const reg = (nom: string, kind: AdministrationKind, departementCode: string): AdministrationSeed => ({
  nom,
  kind,
  departementCode,
  scope: 'region',
});
const nat = (nom: string, kind: AdministrationKind): AdministrationSeed => ({
  nom,
  kind,
  departementCode: null,
  scope: 'national',
});

export const ADMINISTRATIONS: readonly AdministrationSeed[] = [
  // Finances publiques
  dep('Direction départementale des finances publiques de Loir-et-Cher', 'dgfip', '41'),
  reg('Direction régionale des finances publiques d’Île-de-France et de Paris', 'dgfip', '75'),
  reg('Direction régionale des finances publiques d’Auvergne-Rhône-Alpes et du département du Rhône', 'dgfip', '69'),
  reg('Direction régionale des finances publiques de Provence-Alpes-Côte d’Azur et des Bouches-du-Rhône', 'dgfip', '13'),
  reg('Direction régionale des finances publiques de Nouvelle-Aquitaine et de la Gironde', 'dgfip', '33'),
  nat('Direction nationale d’enquêtes fiscales', 'dgfip'),
  // Douane
  reg('Direction régionale des douanes et droits indirects de Paris', 'douane', '75'),
  reg('Direction régionale des douanes et droits indirects du Centre-Val de Loire', 'douane', '45'),
  nat('Direction nationale du renseignement et des enquêtes douanières', 'douane'),
  // Inspection du travail
  dep('Direction départementale de l’emploi, du travail, des solidarités et de la protection des populations de Loir-et-Cher', 'inspection_travail', '41'),
  reg('Direction régionale de l’économie, de l’emploi, du travail et des solidarités Centre-Val de Loire', 'inspection_travail', '45'),
  reg('Direction régionale et interdépartementale de l’économie, de l’emploi, du travail et des solidarités d’Île-de-France', 'inspection_travail', '75'),
  reg('Direction régionale de l’économie, de l’emploi, du travail et des solidarités Auvergne-Rhône-Alpes', 'inspection_travail', '69'),
  reg('Direction régionale de l’économie, de l’emploi, du travail et des solidarités Hauts-de-France', 'inspection_travail', '59'),
  // Protection des consommateurs
  dep('Direction départementale de la protection des populations de Paris', 'dgccrf', '75'),
  dep('Direction départementale de la protection des populations du Rhône', 'dgccrf', '69'),
  dep('Direction départementale de la protection des populations des Bouches-du-Rhône', 'dgccrf', '13'),
  dep('Direction départementale de la protection des populations de la Gironde', 'dgccrf', '33'),
  nat('Service national des enquêtes de la DGCCRF', 'dgccrf'),
  // Santé
  reg('Agence régionale de santé Île-de-France', 'ars', '93'),
  reg('Agence régionale de santé Centre-Val de Loire', 'ars', '45'),
  reg('Agence régionale de santé Auvergne-Rhône-Alpes', 'ars', '69'),
  reg('Agence régionale de santé Provence-Alpes-Côte d’Azur', 'ars', '13'),
  // Éducation nationale
  reg('Rectorat de l’académie d’Orléans-Tours', 'education', '45'),
  dep('Direction des services départementaux de l’éducation nationale de Loir-et-Cher', 'education', '41'),
  reg('Rectorat de l’académie de Paris', 'education', '75'),
  // Préfectures
  dep('Préfecture de Loir-et-Cher', 'prefecture', '41'),
  dep('Préfecture de police', 'prefecture', '75'),
  dep('Préfecture du Rhône', 'prefecture', '69'),
  dep('Préfecture des Bouches-du-Rhône', 'prefecture', '13'),
  // Sécurité sociale
  reg('URSSAF Centre-Val de Loire', 'securite_sociale', '45'),
  reg('URSSAF Île-de-France', 'securite_sociale', '93'),
  dep('Caisse d’allocations familiales de Loir-et-Cher', 'securite_sociale', '41'),
  dep('Caisse primaire d’assurance maladie de Loir-et-Cher', 'securite_sociale', '41'),
  dep('Caisse primaire d’assurance maladie de Paris', 'securite_sociale', '75'),
  reg('MSA Beauce Cœur de Loire', 'securite_sociale', '45'),
  // France Travail
  reg('France Travail Centre-Val de Loire', 'france_travail', '45'),
  reg('France Travail Île-de-France', 'france_travail', '75'),
  // Environnement
  dep('Office français de la biodiversité – service départemental de Loir-et-Cher', 'environnement', '41'),
  dep('Direction départementale des territoires de Loir-et-Cher', 'environnement', '41'),
  reg('Direction régionale de l’environnement, de l’aménagement et du logement Centre-Val de Loire', 'environnement', '45'),
  reg('Direction régionale et interdépartementale de l’environnement, de l’aménagement et des transports d’Île-de-France', 'environnement', '75'),
  // Collectivités
  dep('Mairie de Blois', 'collectivite', '41'),
  dep('Mairie de Vendôme', 'collectivite', '41'),
  dep('Mairie de Romorantin-Lanthenay', 'collectivite', '41'),
  dep('Conseil départemental de Loir-et-Cher', 'collectivite', '41'),
  dep('Ville de Paris', 'collectivite', '75'),
  // Autres
  nat('Tracfin', 'autre'),
  nat('Agence française anticorruption', 'autre'),
  nat('Autorité des marchés financiers', 'autre'),
];
