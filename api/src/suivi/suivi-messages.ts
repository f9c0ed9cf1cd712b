import type { Database } from '../db/database';
import {
  SUIVI_CLOSED_MESSAGE,
  SUIVI_LINK_INVALID,
  SUIVI_MESSAGE_EMPTY,
  SUIVI_MESSAGE_MAX_LENGTH,
  SUIVI_MESSAGE_MAX_PIECES,
  STATUS_LABELS,
  type SaisineStatus,
  type SuiviMessageReceipt,
} from '@info-parquet/common';
import { AppError } from '../http/app-error';
import { attachUploads } from '../saisines/attachments/attach';
import { appendEvent, type EventActor } from '../saisines/events-repository';
import { complementReturnStatus, transitionLocked } from '../saisines/workflow/transition-service';
import { hashTrackingToken, TRACKING_TOKEN_PATTERN } from './tracking-token';
import { lockByTokenHash, touchSaisine } from './suivi-repository';
import { enqueueSenderMessageNotice } from '../mail/sender-mails';
import { UUID } from '../http/uuid';


interface SenderMessage {
  message: string;
  attachmentIds: string[];
}

function parseMessage(body: unknown): SenderMessage {
  const fields = (typeof body === 'object' && body !== null && !Array.isArray(body) ? body : {}) as Record<string, unknown>;
  const errors: Record<string, string> = {};
  const message = typeof fields.message === 'string' ? fields.message.trim() : '';
  if (fields.message !== undefined && typeof fields.message !== 'string') errors.message = 'Le message doit être un texte.';
  if (message.length > SUIVI_MESSAGE_MAX_LENGTH) errors.message = `Le message ne peut dépasser ${SUIVI_MESSAGE_MAX_LENGTH} caractères.`;
  const ids = fields.attachmentIds ?? [];
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && UUID.test(id))) {
    errors.attachmentIds = 'Liste de pièces jointes invalide.';
  } else if (ids.length > SUIVI_MESSAGE_MAX_PIECES) {
    errors.attachmentIds = `Au plus ${SUIVI_MESSAGE_MAX_PIECES} pièces jointes par envoi.`;
  }
  if (!errors.message && !errors.attachmentIds && message === '' && (ids as unknown[]).length === 0) {
    errors.message = SUIVI_MESSAGE_EMPTY;
  }
  if (Object.keys(errors).length) throw AppError.badRequest('Le message n’a pas pu être envoyé.', errors);
  return { message, attachmentIds: [...new Set(ids as string[])] };
}

/**
 * The sender answers or adds documents through the tracking link (the token is the credential):
 * a `message` event and one `piece_ajoutee` per file, the court told through the outbox, and a
 * referral waiting for a complement goes back to the court's queue through the workflow.
 */
export async function addSuiviMessage(db: Database, publicUrl: string, token: string, body: unknown): Promise<SuiviMessageReceipt> {
  if (!TRACKING_TOKEN_PATTERN.test(token)) throw AppError.notFound(SUIVI_LINK_INVALID);
  const input = parseMessage(body);
  return db.transaction(async (transaction) => {
    const saisine = await lockByTokenHash(db, transaction, hashTrackingToken(token));
    if (!saisine) throw AppError.notFound(SUIVI_LINK_INVALID);
    if (saisine.status === 'cloturee') throw AppError.conflict(SUIVI_CLOSED_MESSAGE);
    const sender: EventActor = { type: 'sender', label: `${saisine.senderAgentName} (${saisine.senderAdministration})` };
    const pieces = await attachUploads(db, transaction, saisine.id, input.attachmentIds);
    await appendEvent(db, transaction, {
      saisineId: saisine.id,
      type: 'message',
      actor: sender,
      payload: {
        message: input.message,
        pieces: pieces.map(({ originalName, sizeBytes, sha256 }) => ({ originalName, sizeBytes, sha256 })),
      },
    });
    for (const piece of pieces) {
      await appendEvent(db, transaction, {
        saisineId: saisine.id,
        type: 'piece_ajoutee',
        actor: sender,
        payload: { pieceJointeId: piece.id, originalName: piece.originalName, sizeBytes: piece.sizeBytes, sha256: piece.sha256 },
      });
    }
    let status: SaisineStatus = saisine.status;
    let resumedTo: SaisineStatus | null = null;
    if (saisine.status === 'complement_demande') {
      resumedTo = (await complementReturnStatus(db, saisine.id, transaction)) ?? 'recue';
      await transitionLocked(
        db,
        transaction,
        saisine,
        resumedTo,
        { role: 'system', event: { type: 'system', label: 'Info Parquet (réponse de l’expéditeur)' } },
        {},
      );
      status = resumedTo;
    } else {
      await touchSaisine(db, transaction, saisine.id);
    }
    await enqueueSenderMessageNotice(db, transaction, saisine.id, {
      pieces: pieces.length,
      resumedTo,
      backOfficeUrl: `${publicUrl}/admin/saisines/${saisine.id}/show`,
    });
    return {
      reference: saisine.reference,
      status,
      statusLabel: STATUS_LABELS[status],
      pieces,
      message: resumedTo
        ? 'Votre réponse a été transmise au parquet : la saisine reprend son examen.'
        : 'Votre message a été transmis au parquet.',
    };
  });
}
