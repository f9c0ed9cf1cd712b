import type { Database, Transaction } from '../../db/database';
import type { SaisineKind } from '@info-parquet/common';
import { selectAcknowledgedFacts } from './accuse-reception-repository';

/** Everything an acknowledgement of receipt states (screen, e-mail, PDF): the same facts everywhere. */
export interface AccuseReception {
  saisineId: string;
  reference: string;
  receivedAt: Date;
  kind: SaisineKind;
  urgent: boolean;
  urgencyReason: string;
  qualification: string;
  juridiction: { id: string; nom: string; type: string; adresse: string; emailBureauOrdre: string; emailPermanence: string };
  sender: { administration: string; service: string; agentName: string; agentFunction: string; email: string };
  piecesJointes: Array<{ id: string; originalName: string; mimeType: string; sizeBytes: number; sha256: string }>;
  trackingUrl: string;
  pdfUrl: string;
}

export const trackingUrlFor = (publicUrl: string, token: string) => `${publicUrl}/suivi/${token}`;
export const pdfUrlFor = (publicUrl: string, token: string) => `${publicUrl}/api/public/suivi/${token}/accuse-reception.pdf`;

export async function loadAccuseReception(
  db: Database,
  saisineId: string,
  urls: { trackingUrl: string; pdfUrl: string },
  transaction?: Transaction,
): Promise<AccuseReception> {
  const facts = await selectAcknowledgedFacts(db, saisineId, transaction);
  if (!facts) throw new Error(`Saisine ${saisineId} not found`);
  return { ...facts, ...urls };
}
