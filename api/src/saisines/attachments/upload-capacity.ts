import fs from 'node:fs';
import type { Database } from '../../db/database';
import { formatBytes, PIECE_JOINTE_MAX_BYTES } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { pendingUploadBytes } from './attachments-repository';

/** How much the uploads may hold before they are attached (README « Configuration »). */
export interface UploadCapacity {
  /** Pending (not yet attached) bytes one address may hold. */
  pendingPerIpBytes: number;
  /** Pending bytes of everyone together. */
  pendingTotalBytes: number;
  /** Free disk space always kept: an upload that could eat into it is refused. */
  diskReserveBytes: number;
}

const MB = 1024 * 1024;
export const DEFAULT_UPLOAD_CAPACITY: UploadCapacity = { pendingPerIpBytes: 200 * MB, pendingTotalBytes: 5_000 * MB, diskReserveBytes: 1_024 * MB };

const FULL = 'Le service ne peut pas recevoir de pièce jointe pour le moment (espace de stockage insuffisant). Réessayez plus tard ou contactez le parquet.';

/** Free bytes on the upload folder's disk (the folder's parent while it does not exist yet). */
export async function freeDiskBytes(folder: string): Promise<number> {
  let target = folder;
  for (;;) {
    try {
      const stats = await fs.promises.statfs(target);
      return stats.bavail * stats.bsize;
    } catch (error) {
      const parent = target.replace(/\/[^/]+\/?$/, '') || '/';
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT' || parent === target) throw error;
      target = parent;
    }
  }
}

/**
 * Before a byte is read: the address's pending uploads and everyone's leave room for one more
 * file of the largest size, and so does the disk above its reserve. Otherwise a 429 (this
 * address) or a 507 (the service), in French, and nothing is written.
 */
export async function checkUploadCapacity(db: Database, uploadDir: string, ip: string, capacity: UploadCapacity): Promise<void> {
  const pending = await pendingUploadBytes(db, ip);
  if (pending.mine + PIECE_JOINTE_MAX_BYTES > capacity.pendingPerIpBytes) {
    throw AppError.tooManyRequests(
      `Vous avez déjà déposé ${formatBytes(pending.mine)} de pièces jointes qui ne sont encore rattachées à aucune saisine (${formatBytes(capacity.pendingPerIpBytes)} au plus) : envoyez votre saisine, ou réessayez dans une heure.`,
      3600,
    );
  }
  if (pending.everyone + PIECE_JOINTE_MAX_BYTES > capacity.pendingTotalBytes) throw new AppError(507, FULL);
  if ((await freeDiskBytes(uploadDir)) < capacity.diskReserveBytes + PIECE_JOINTE_MAX_BYTES) throw new AppError(507, FULL);
}
