import type { Database } from '../db/database';
import {
  SUIVI_CLOSED_MESSAGE,
  SUIVI_LINK_INVALID,
  STATUS_LABELS,
  suiviMessageSchema,
  type SuiviMessageInput,
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
import { validateBody } from '../http/validate-body';


/** The message and its documents, by the shared schema (common), each document once. */
async function parseMessage(body: unknown): Promise<SuiviMessageInput> {
  const options = { message: 'Le message n’a pas pu être envoyé.' };
  const { message, attachmentIds } = await validateBody(suiviMessageSchema, body, options);
  return { message, attachmentIds: [...new Set(attachmentIds)] };
}

/**
 * The sender answers or adds documents through the tracking link (the token is the credential):
 * a `message` event and one `piece_ajoutee` per file, the court told through the outbox, and a
 * referral waiting for a complement goes back to the court's queue through the workflow.
 */
export async function addSuiviMessage(db: Database, publicUrl: string, token: string, body: unknown): Promise<SuiviMessageReceipt> {
  if (!TRACKING_TOKEN_PATTERN.test(token)) throw AppError.notFound(SUIVI_LINK_INVALID);
  const input = await parseMessage(body);
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
