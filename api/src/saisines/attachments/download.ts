import fs from 'node:fs';
import type { Database } from '../../db/database';
import type { AppAbility } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { saisineAccessSql } from '../access';
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
  const [rows] = await db.query(
    `SELECT p.original_name, p.mime_type, p.size_bytes::bigint AS size_bytes, p.sha256, p.storage_key
     FROM pieces_jointes p JOIN saisines s ON s.id = p.saisine_id
     WHERE p.id = :pieceId AND s.id = :saisineId AND ${saisineAccessSql(db, ability)}`,
    { replacements: { pieceId, saisineId } },
  );
  const [row] = rows as Array<{ original_name: string; mime_type: string; size_bytes: string; sha256: string; storage_key: string }>;
  if (!row) throw AppError.notFound(NOT_FOUND);
  const stream = fs.createReadStream(storagePath(uploadDir, row.storage_key));
  // Open before answering, so a missing file is a clean error and not a cut download.
  await new Promise<void>((resolve, reject) => {
    stream.once('open', () => resolve());
    stream.once('error', reject);
  }).catch(() => {
    throw new AppError(410, 'Le fichier de cette pièce jointe n’est plus disponible sur le serveur.');
  });
  return { originalName: row.original_name, mimeType: row.mime_type, sizeBytes: Number(row.size_bytes), sha256: row.sha256, stream };
}
