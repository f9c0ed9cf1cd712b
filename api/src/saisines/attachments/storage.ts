import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Where an upload's bytes live: `<UPLOAD_DIR>/<yyyy>/<mm>/<uuid>`. The key is ours (never the
 * sender's file name), so it cannot escape the folder.
 */
export function newStorageKey(id: string, now = new Date()): string {
  return `${now.getUTCFullYear()}/${String(now.getUTCMonth() + 1).padStart(2, '0')}/${id}`;
}

const STORAGE_KEY = /^\d{4}\/\d{2}\/[0-9a-f-]{36}$/;

export function storagePath(uploadDir: string, storageKey: string): string {
  if (!STORAGE_KEY.test(storageKey)) throw new Error(`Invalid storage key: ${storageKey}`);
  return path.join(uploadDir, storageKey);
}

export async function removeStoredFile(uploadDir: string, storageKey: string): Promise<void> {
  await fs.rm(storagePath(uploadDir, storageKey), { force: true });
}
