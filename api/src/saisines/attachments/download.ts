import fs from 'node:fs';
import type { Database } from '../../db/database';
import type { AppAbility } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { findReadablePiece } from './attachments-repository';
import { storagePath } from './storage';
import { UUID } from '../../http/uuid';

const NOT_FOUND = 'Pièce jointe introuvable.';

export interface StoredPiece {
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  stream: fs.ReadStream;
}

/**
 * One document of a referral the user may read (CASL rules in SQL). A document of a referral
 * the user may not read is a 404, exactly like one that does not exist.
 */
export async function openPieceJointe(
  db: Database,
  uploadDir: string,
  ability: AppAbility,
  saisineId: string,
  pieceId: string,
): Promise<StoredPiece> {
  if (!UUID.test(saisineId) || !UUID.test(pieceId)) throw AppError.notFound(NOT_FOUND);
  const row = await findReadablePiece(db, ability, saisineId, pieceId);
  if (!row) throw AppError.notFound(NOT_FOUND);
  const stream = fs.createReadStream(storagePath(uploadDir, row.storageKey));
  // Open before answering, so a missing file is a clean error and not a cut download.
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  }).catch(() => {
    throw new AppError(410, 'Le fichier de cette pièce jointe n’est plus disponible sur le serveur.');
  });
  return { originalName: row.originalName, mimeType: row.mimeType, sizeBytes: row.sizeBytes, sha256: row.sha256, stream };
}
