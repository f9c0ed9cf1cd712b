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
