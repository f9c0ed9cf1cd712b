import type { Database, Transaction } from '../../db/database';
import type { SaisineKind } from '@info-parquet/common';

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
  const [rows] = await db.query(
    `SELECT s.id, s.reference, s.received_at, s.kind, s.urgent, s.urgency_reason, s.qualification,
            s.sender_administration, s.sender_service, s.sender_agent_name, s.sender_agent_function, s.sender_email,
            j.id AS j_id, j.nom AS j_nom, j.type AS j_type, j.adresse AS j_adresse,
            j.email_bureau_ordre, j.email_permanence
     FROM saisines s JOIN juridictions j ON j.id = s.juridiction_id WHERE s.id = :saisineId`,
    { replacements: { saisineId }, transaction },
  );
  const row = (rows as Array<Record<string, unknown>>)[0];
  if (!row) throw new Error(`Saisine ${saisineId} not found`);
  const [pieces] = await db.query(
    `SELECT id, original_name, mime_type, size_bytes::bigint AS size_bytes, sha256
     FROM pieces_jointes WHERE saisine_id = :saisineId ORDER BY attached_at, uploaded_at, id`,
    { replacements: { saisineId }, transaction },
  );
  return {
    saisineId,
    reference: String(row.reference),
    receivedAt: new Date(row.received_at as string),
    kind: row.kind as SaisineKind,
    urgent: Boolean(row.urgent),
    urgencyReason: String(row.urgency_reason),
    qualification: String(row.qualification),
    juridiction: {
      id: String(row.j_id),
      nom: String(row.j_nom),
      type: String(row.j_type),
      adresse: String(row.j_adresse ?? ''),
      emailBureauOrdre: String(row.email_bureau_ordre),
      emailPermanence: String(row.email_permanence),
    },
    sender: {
      administration: String(row.sender_administration),
      service: String(row.sender_service),
      agentName: String(row.sender_agent_name),
      agentFunction: String(row.sender_agent_function),
      email: String(row.sender_email),
    },
    piecesJointes: (pieces as Array<Record<string, unknown>>).map((p) => ({
      id: String(p.id),
      originalName: String(p.original_name),
      mimeType: String(p.mime_type),
      sizeBytes: Number(p.size_bytes),
      sha256: String(p.sha256),
    })),
    ...urls,
  };
}
