import type { Database, Transaction } from '../../db/database';
import { formatBytes, SAISINE_PIECES_JOINTES_MAX_BYTES } from '@info-parquet/common';
import { AppError } from '../../http/app-error';

export interface AttachedPiece {
  id: string;
  originalName: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * Attaches uploaded files to a referral (at submission or later through the tracking link):
 * each upload only once, and at most SAISINE_PIECES_JOINTES_MAX_BYTES for the whole referral.
 */
export async function attachUploads(db: Database, t: Transaction, saisineId: string, ids: string[]): Promise<AttachedPiece[]> {
  if (ids.length === 0) return [];
  const [rows] = await db.query(
    `UPDATE pieces_jointes SET saisine_id = :saisineId, attached_at = now()
     WHERE id IN (:ids) AND saisine_id IS NULL
     RETURNING id::text, original_name, size_bytes::bigint AS size_bytes, sha256`,
    { replacements: { saisineId, ids }, transaction: t },
  );
  const attached = rows as Array<{ id: string; original_name: string; size_bytes: string; sha256: string }>;
  if (attached.length !== new Set(ids).size) {
    throw AppError.badRequest('Une pièce jointe est introuvable ou déjà rattachée à une saisine.', {
      attachmentIds: 'Pièce jointe introuvable ou déjà utilisée : déposez-la de nouveau.',
    });
  }
  const [[sum]] = (await db.query(
    'SELECT coalesce(sum(size_bytes), 0)::bigint AS total FROM pieces_jointes WHERE saisine_id = :saisineId',
    { replacements: { saisineId }, transaction: t },
  )) as [[{ total: string }], unknown];
  const total = Number(sum.total);
  if (total > SAISINE_PIECES_JOINTES_MAX_BYTES) {
    const limit = formatBytes(SAISINE_PIECES_JOINTES_MAX_BYTES);
    throw new AppError(413, `Les pièces jointes totalisent ${formatBytes(total)} : au plus ${limit} par saisine.`, {
      attachmentIds: `Au plus ${limit} de pièces jointes par saisine : retirez-en ou envoyez le reste plus tard depuis le lien de suivi.`,
    });
  }
  return attached.map((row) => ({ id: row.id, originalName: row.original_name, sizeBytes: Number(row.size_bytes), sha256: row.sha256 }));
}
