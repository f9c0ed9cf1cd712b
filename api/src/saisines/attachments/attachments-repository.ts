import type { AppAbility } from '@info-parquet/common';
import type { Database, Transaction } from '../../db/database';
import { saisineAccessSql } from '../access';

/** The attachments (`pieces_jointes`): uploaded first, then attached to one referral. */

export interface NewPiece {
  id: string;
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
}

export async function insertPiece(db: Database, piece: NewPiece, uploaderIp: string): Promise<void> {
  await db.query(
    `INSERT INTO pieces_jointes (id, original_name, mime_type, size_bytes, sha256, storage_key, uploader_ip)
     VALUES (:id, :originalName, :mimeType, :sizeBytes, :sha256, :storageKey, :uploaderIp)`,
    { replacements: { ...piece, uploaderIp } },
  );
}

/** Bytes uploaded but attached to no referral yet: by this address, and by everyone. */
export async function pendingUploadBytes(db: Database, ip: string): Promise<{ mine: number; everyone: number }> {
  const [[row]] = await db.query<{ mine: string; everyone: string }>(
    `SELECT coalesce(sum(size_bytes) FILTER (WHERE uploader_ip = :ip), 0)::bigint AS mine, coalesce(sum(size_bytes), 0)::bigint AS everyone
     FROM pieces_jointes WHERE saisine_id IS NULL`,
    { replacements: { ip } },
  );
  return { mine: Number(row.mine), everyone: Number(row.everyone) };
}

export interface StoredPieceRow {
  originalName: string;
  mimeType: string;
  sizeBytes: number;
  sha256: string;
  storageKey: string;
}

/** An attachment of a referral that `ability` may read. */
export async function findReadablePiece(db: Database, ability: AppAbility, saisineId: string, pieceId: string): Promise<StoredPieceRow | undefined> {
  const [rows] = await db.query<Omit<StoredPieceRow, 'sizeBytes'> & { sizeBytes: string }>(
    `SELECT p.original_name AS "originalName", p.mime_type AS "mimeType", p.size_bytes::bigint AS "sizeBytes", p.sha256,
            p.storage_key AS "storageKey"
     FROM pieces_jointes p JOIN saisines s ON s.id = p.saisine_id
     WHERE p.id = :pieceId AND s.id = :saisineId AND ${saisineAccessSql(ability)}`,
    { replacements: { pieceId, saisineId } },
  );
  return rows[0] && { ...rows[0], sizeBytes: Number(rows[0].sizeBytes) };
}

export interface AttachedPieceRow {
  id: string;
  originalName: string;
  sizeBytes: number;
  sha256: string;
}

/** Attaches the uploads still free among `ids`; answers those attached (fewer when some were not free). */
export async function attachFreePieces(db: Database, transaction: Transaction, saisineId: string, ids: string[]): Promise<AttachedPieceRow[]> {
  const [rows] = await db.query<Omit<AttachedPieceRow, 'sizeBytes'> & { sizeBytes: string }>(
    `UPDATE pieces_jointes SET saisine_id = :saisineId, attached_at = now()
     WHERE id IN (:ids) AND saisine_id IS NULL
     RETURNING id::text, original_name AS "originalName", size_bytes::bigint AS "sizeBytes", sha256`,
    { replacements: { saisineId, ids }, transaction },
  );
  return rows.map((row) => ({ ...row, sizeBytes: Number(row.sizeBytes) }));
}

export async function attachedBytes(db: Database, transaction: Transaction, saisineId: string): Promise<number> {
  const [[row]] = await db.query<{ total: string }>('SELECT coalesce(sum(size_bytes), 0)::bigint AS total FROM pieces_jointes WHERE saisine_id = :saisineId', {
    replacements: { saisineId },
    transaction,
  });
  return Number(row.total);
}
