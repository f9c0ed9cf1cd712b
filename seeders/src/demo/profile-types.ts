import type { AdministrationKind, SaisineKind } from '@info-parquet/common';

/**
 * What an administration of a kind typically reports, and how it writes it. Narrative
 * placeholders: {mec} the person or company implicated, {commune} the commune of the facts,
 * {montant} an amount in euros, {nombre} a small count, {periode} a period ("depuis mars 2025").
 */
export interface QualificationProfile {
  qualification: string;
  /** The first sentence: what was found. */
  intros: readonly string[];
  /** One to three of these follow. */
  details: readonly string[];
  /** The first implicated person's type when the facts impose it. */
  mecType?: 'physique' | 'morale';
  /** Age range of implicated natural persons when not an adult's usual one. */
  mecAge?: readonly [number, number];
  /** Words one of which the sending administration's name must contain (CPAM, not CAF, for health fraud). */
  senders?: readonly string[];
  /** Where the case would go if a specialised parquet took it. */
  specialised?: 'pnf' | 'pnat' | 'pnaco' | 'parquet-europeen';
}

export interface AdministrationProfile {
  kind: AdministrationKind;
  /** Share of the kind among referrals. */
  weight: number;
  saisineKinds: ReadonlyArray<readonly [SaisineKind, number]>;
  /** Agents' functions: [feminine, masculine]. */
  functions: ReadonlyArray<readonly [string, string]>;
  services: readonly string[];
  /** Undeliverable on purpose (`.test`): demo data must never e-mail a real mailbox. */
  emailDomain: string;
  knowledge: readonly string[];
  /** Chance that an implicated person is a company. */
  moraleShare: number;
  victims: 'salarie' | 'consommateur' | 'mineur' | 'patient' | 'usager' | 'aucune';
  qualifications: readonly QualificationProfile[];
}
