import type { InformationsLegales } from '@info-parquet/common';
import { ORPHAN_UPLOAD_HOURS } from '../jobs/orphan-uploads';

/** The operator's part of the legal pages (README « Configuration », variables `LEGAL_*`). */
export type LegalSettings = Omit<InformationsLegales, 'conservationPiecesNonRattacheesHeures'>;

export const DEFAULT_LEGAL: LegalSettings = {
  editeur: 'Ministère de la Justice — Secrétariat général',
  adresse: '13, place Vendôme, 75042 Paris Cedex 01',
  directeurPublication: 'Le secrétaire général du ministère de la Justice',
  hebergeur: 'Ministère de la Justice — Secrétariat général, 13, place Vendôme, 75042 Paris Cedex 01',
  contact: 'Le bureau d’ordre du parquet destinataire de votre saisine',
  responsableTraitement: 'Ministère de la Justice, représenté par le secrétaire général',
  delegueProtectionDonnees: 'Délégué à la protection des données du ministère de la Justice, 13, place Vendôme, 75042 Paris Cedex 01',
  conservationSaisinesAnnees: 6,
};

const TEXTS = {
  editeur: 'LEGAL_EDITEUR',
  adresse: 'LEGAL_ADRESSE',
  directeurPublication: 'LEGAL_DIRECTEUR_PUBLICATION',
  hebergeur: 'LEGAL_HEBERGEUR',
  contact: 'LEGAL_CONTACT',
  responsableTraitement: 'LEGAL_RESPONSABLE_TRAITEMENT',
  delegueProtectionDonnees: 'LEGAL_DPD',
} as const;

/** The `LEGAL_*` texts that are set, over the defaults; the retention comes checked from config.ts. */
export function loadLegalSettings(env: NodeJS.ProcessEnv, conservationSaisinesAnnees: number): LegalSettings {
  const settings = { ...DEFAULT_LEGAL, conservationSaisinesAnnees };
  for (const [key, variable] of Object.entries(TEXTS) as [keyof typeof TEXTS, string][]) {
    const value = env[variable]?.trim();
    if (value) settings[key] = value;
  }
  return settings;
}

export function informationsLegales(settings: LegalSettings): InformationsLegales {
  return { ...settings, conservationPiecesNonRattacheesHeures: ORPHAN_UPLOAD_HOURS };
}
