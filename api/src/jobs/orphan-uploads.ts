import type { Database } from '../db/database';
import { removeStoredFile } from '../saisines/attachments/storage';
import { deleteOrphanUploadRows } from './jobs-repository';

/** Uploads not attached to a referral after this long are deleted (row and file). */
export const ORPHAN_UPLOAD_HOURS = 24;

/**
 * Deletes the uploads that no referral took within 24 h. Rows are taken with SKIP LOCKED, so a
 * submission attaching one of them at this very moment keeps it, and several API processes can
 * run this at once. Files go after the commit: a crash in between leaves a file without a row,
 * never a row without its file.
 */
export async function deleteOrphanUploads(
  db: Database,
  uploadDir: string,
  options: { olderThanHours?: number; batch?: number } = {},
): Promise<number> {
  const hours = options.olderThanHours ?? ORPHAN_UPLOAD_HOURS;
  const batch = options.batch ?? 500;
  let total = 0;
  for (;;) {
    const keys = await db.transaction((transaction) => deleteOrphanUploadRows(db, transaction, hours, batch));
    for (const key of keys) await removeStoredFile(uploadDir, key);
    total += keys.length;
    if (keys.length < batch) return total;
  }
}
