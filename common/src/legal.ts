/**
 * What the legal pages of both apps (« Mentions légales », « Données personnelles »,
 * « Accessibilité ») show that depends on who runs the service: set by the operator's
 * configuration (README « Configuration »), served by `GET /api/public/informations-legales`.
 */
export interface InformationsLegales {
  /** The publisher (éditeur) and its postal address. */
  editeur: string;
  adresse: string;
  directeurPublication: string;
  /** Who hosts the service (name and address). */
  hebergeur: string;
  /** Where users write about the service (and the accessibility contact). */
  contact: string;
  /** The data controller (responsable de traitement). */
  responsableTraitement: string;
  /** The data-protection officer (délégué à la protection des données) and how to reach them. */
  delegueProtectionDonnees: string;
  /** Years a referral is kept after it is closed. */
  conservationSaisinesAnnees: number;
  /** Hours an uploaded document not attached to a sent referral is kept. */
  conservationPiecesNonRattacheesHeures: number;
}

/** The RGAA compliance levels a statement may declare (only an audit allows more than « non conforme »). */
export const ACCESSIBILITE_NIVEAUX = {
  'non conforme': 'non compliant',
  'partiellement conforme': 'partially compliant',
  'totalement conforme': 'fully compliant',
} as const;
export type AccessibiliteNiveau = keyof typeof ACCESSIBILITE_NIVEAUX;

/**
 * The service's declared compliance: the statement (the form's « Accessibilité » page) and both
 * apps' footers say it from here. No full audit yet: « non conforme ».
 */
export const ACCESSIBILITE_CONFORMITE: AccessibiliteNiveau = 'non conforme';
