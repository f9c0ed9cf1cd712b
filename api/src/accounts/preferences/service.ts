import type { Database } from '../../db/database';
import { preferenceProblem } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { deletePreferenceRow, selectPreference, selectPreferences, upsertPreference } from './preferences-repository';

/** Every synced preference of one user, as `{ key: value }` (what the back-office loads at sign-in). */
export async function listPreferences(db: Database, userId: string): Promise<Record<string, unknown>> {
  return Object.fromEntries((await selectPreferences(db, userId)).map((row) => [row.key, row.value]));
}

export async function getPreference(db: Database, userId: string, key: string): Promise<unknown> {
  const row = await selectPreference(db, userId, key);
  if (!row) throw AppError.notFound('Préférence introuvable.');
  return row.value;
}

/** Stores one preference of the signed-in user; an unknown key, a search or an oversized value changes nothing. */
export async function putPreference(db: Database, userId: string, key: string, body: unknown): Promise<unknown> {
  const value = body && typeof body === 'object' && !Array.isArray(body) ? (body as { value?: unknown }).value : undefined;
  const problem = preferenceProblem(key, value);
  if (problem) throw AppError.badRequest(problem, { value: problem });
  await upsertPreference(db, userId, key, value);
  return value;
}

export const deletePreference = (db: Database, userId: string, key: string): Promise<void> => deletePreferenceRow(db, userId, key);
