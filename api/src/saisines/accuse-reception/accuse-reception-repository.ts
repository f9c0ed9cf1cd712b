import type { Database, Transaction } from '../../db/database';
import type { AccuseReception } from './data';

/** What an acknowledgement states, read from the referral, its court and its attachments. */
export async function selectAcknowledgedFacts(
  db: Database,
  saisineId: string,
  transaction?: Transaction,
): Promise<Omit<AccuseReception, 'trackingUrl' | 'pdfUrl'> | null> {
  const [[row]] = await db.query<Omit<AccuseReception, 'trackingUrl' | 'pdfUrl' | 'piecesJointes'>>(
    `SELECT s.id AS "saisineId", s.reference, s.received_at AS "receivedAt", s.kind, s.urgent, s.urgency_reason AS "urgencyReason",
            s.qualification,
            json_build_object('id', j.id, 'nom', j.nom, 'type', j.type, 'adresse', coalesce(j.adresse, ''),
                              'emailBureauOrdre', j.email_bureau_ordre, 'emailPermanence', j.email_permanence) AS juridiction,
            json_build_object('administration', s.sender_administration, 'service', s.sender_service,
                              'agentName', s.sender_agent_name, 'agentFunction', s.sender_agent_function, 'email', s.sender_email) AS sender
     FROM saisines s JOIN juridictions j ON j.id = s.juridiction_id WHERE s.id = :saisineId`,
    { replacements: { saisineId }, transaction },
  );
  if (!row) return null;
  const [pieces] = await db.query<AccuseReception['piecesJointes'][number] & { sizeBytes: string }>(
    `SELECT id::text, original_name AS "originalName", mime_type AS "mimeType", size_bytes::bigint AS "sizeBytes", sha256
     FROM pieces_jointes WHERE saisine_id = :saisineId ORDER BY attached_at, uploaded_at, id`,
    { replacements: { saisineId }, transaction },
  );
  return { ...row, piecesJointes: pieces.map((piece) => ({ ...piece, sizeBytes: Number(piece.sizeBytes) })) };
}
