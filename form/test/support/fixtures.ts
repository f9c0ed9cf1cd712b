import { CLASSEMENT_RECOURS_MENTION, STATUS_DESCRIPTIONS } from '@info-parquet/common';
import type { Commune, JuridictionPublique, PieceJointe, Routage, SaisineReceipt, Suivi } from '../../src/api/types';

export const BLOIS: Commune = { codeInsee: '41018', nom: 'Blois', departementCode: '41', codesPostaux: ['41000'] };
export const VINEUIL: Commune = { codeInsee: '41276', nom: 'Vineuil', departementCode: '41', codesPostaux: ['41350'] };
export const MARSEILLE: Commune = {
  codeInsee: '13055',
  nom: 'Marseille',
  departementCode: '13',
  codesPostaux: ['13001', '13002', '13003'],
};

export const TJ_BLOIS = { id: 'tj-blois', nom: 'Tribunal judiciaire de Blois', type: 'TJ' };
export const TJ_MARSEILLE = { id: 'tj-marseille', nom: 'Tribunal judiciaire de Marseille', type: 'TJ' };
export const TJ_AIX = { id: 'tj-aix-en-provence', nom: 'Tribunal judiciaire d’Aix-en-Provence', type: 'TJ' };

export const PNF = { id: 'pnf', nom: 'Parquet national financier', type: 'SPECIALISE' };

/** `GET /api/public/juridictions`: the courts first, the specialised parquets last. */
export const JURIDICTIONS: JuridictionPublique[] = [
  { ...TJ_AIX, type: 'TJ', competence: null },
  { ...TJ_BLOIS, type: 'TJ', competence: null },
  { ...PNF, type: 'SPECIALISE', competence: 'Atteintes à la probité, fraude fiscale et blanchiment d’une grande complexité.' },
  { id: 'pnat', nom: 'Parquet national antiterroriste', type: 'SPECIALISE', competence: 'Actes de terrorisme.' },
];

export const ROUTAGE: Record<string, Routage> = {
  [BLOIS.codeInsee]: { commune: BLOIS, certain: true, juridiction: TJ_BLOIS, candidates: [], source: 'siege' },
  [VINEUIL.codeInsee]: { commune: VINEUIL, certain: true, juridiction: TJ_BLOIS, candidates: [], source: 'departement' },
  [MARSEILLE.codeInsee]: { commune: MARSEILLE, certain: false, juridiction: null, candidates: [TJ_AIX, TJ_MARSEILLE], source: 'candidats' },
};

export const COMMUNES = [BLOIS, VINEUIL, MARSEILLE];

export const RECEIPT: SaisineReceipt = {
  id: '0b4f7a52-5d0e-4c4b-9f44-7b4c1b1d2e01',
  reference: 'IP-2026-000123',
  receivedAt: '2026-09-14T08:32:00.000Z',
  juridiction: { ...TJ_BLOIS, adresse: '2 place de la République, 41000 Blois' },
  trackingUrl: 'http://localhost:3000/suivi/f3a9c1d2e4b5',
  acknowledgement: {
    reference: 'IP-2026-000123',
    receivedAt: '2026-09-14T08:32:00.000Z',
    juridiction: TJ_BLOIS.nom,
    message: 'Le parquet du Tribunal judiciaire de Blois a reçu votre saisine.',
    pdfUrl: 'http://localhost:3000/api/public/suivi/f3a9c1d2e4b5/accuse-reception.pdf',
    piecesJointes: [],
  },
};

/** What the fake API answers for an uploaded file (its id and hash derived from its name). */
export function storedPiece(name: string, sizeBytes: number): PieceJointe {
  const hex = [...name].map((char) => char.charCodeAt(0).toString(16)).join('');
  return {
    id: `piece-${name}`,
    originalName: name,
    mimeType: 'application/pdf',
    sizeBytes,
    sha256: hex.padEnd(64, '0').slice(0, 64),
  };
}

export const SUIVI: Suivi = {
  reference: 'IP-2026-000123',
  status: 'enregistree',
  statusLabel: 'Enregistrée',
  statusDescription: STATUS_DESCRIPTIONS.enregistree,
  urgent: false,
  receivedAt: '2026-09-14T08:32:00.000Z',
  numeroParquet: null,
  juridiction: { nom: 'Tribunal judiciaire de Blois' },
  decision: null,
  decisionLabel: null,
  decisionDetail: null,
  classementReason: null,
  classementReasonLabel: null,
  appealMention: null,
  thread: [],
  canAddMessage: true,
  events: [
    { at: '2026-09-14T08:32:00.000Z', status: 'recue', label: 'Saisine reçue' },
    { at: '2026-09-15T07:05:00.000Z', status: 'enregistree', label: 'Enregistrée par le bureau d’ordre' },
  ],
};

/** A referral decided: classement sans suite, author unknown. */
export const SUIVI_CLASSEMENT: Suivi = {
  ...SUIVI,
  status: 'decidee',
  statusLabel: 'Décidée',
  statusDescription: STATUS_DESCRIPTIONS.decidee,
  numeroParquet: '26/258/12',
  decision: 'classement',
  decisionLabel: 'Classement sans suite',
  decisionDetail: null,
  classementReason: 'auteur_inconnu',
  classementReasonLabel: 'Auteur inconnu',
  appealMention: CLASSEMENT_RECOURS_MENTION,
  events: [
    ...SUIVI.events,
    { at: '2026-10-02T12:00:00.000Z', status: 'decidee', label: 'Décidée' },
  ],
};
