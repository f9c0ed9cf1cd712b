import type { Database, Transaction } from '../../db/database';
import { formatBytes, SAISINE_PIECES_JOINTES_MAX_BYTES } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { attachedBytes, attachFreePieces, type AttachedPieceRow } from './attachments-repository';

export type AttachedPiece = AttachedPieceRow;

/**
 * Attaches uploaded files to a referral (at submission or later through the tracking link):
 * each upload only once, and at most SAISINE_PIECES_JOINTES_MAX_BYTES for the whole referral.
 */
export async function attachUploads(db: Database, t: Transaction, saisineId: string, ids: string[]): Promise<AttachedPiece[]> {
  if (ids.length === 0) return [];
  const attached = await attachFreePieces(db, t, saisineId, ids);
  if (attached.length !== new Set(ids).size) {
    throw AppError.badRequest('Une pièce jointe est introuvable ou déjà rattachée à une saisine.', {
      attachmentIds: 'Pièce jointe introuvable ou déjà utilisée : déposez-la de nouveau.',
    });
  }
  const total = await attachedBytes(db, t, saisineId);
  if (total > SAISINE_PIECES_JOINTES_MAX_BYTES) {
    const limit = formatBytes(SAISINE_PIECES_JOINTES_MAX_BYTES);
    throw new AppError(413, `Les pièces jointes totalisent ${formatBytes(total)} : au plus ${limit} par saisine.`, {
      attachmentIds: `Au plus ${limit} de pièces jointes par saisine : retirez-en ou envoyez le reste plus tard depuis le lien de suivi.`,
    });
  }
  return attached;
}
