import type { Database } from '../../db/database';
import { preferenceProblem } from '@info-parquet/common';
import { AppError } from '../../http/app-error';

/** Every synced preference of one user, as `{ key: value }` (what the back-office loads at sign-in). */
export async function listPreferences(db: Database, userId: string): Promise<Record<string, unknown>> {
  const [rows] = await db.query('SELECT key, value FROM user_preferences WHERE user_id = :userId ORDER BY key', {
    replacements: { userId },
  });
  return Object.fromEntries((rows as Array<{ key: string; value: unknown }>).map((row) => [row.key, row.value]));
}

export async function getPreference(db: Database, userId: string, key: string): Promise<unknown> {
  const [rows] = await db.query('SELECT value FROM user_preferences WHERE user_id = :userId AND key = :key', {
    replacements: { userId, key },
  });
  const [row] = rows as Array<{ value: unknown }>;
  if (!row) throw AppError.notFound('Préférence introuvable.');
  return row.value;
}

/** Stores one preference of the signed-in user; an unknown key, a search or an oversized value changes nothing. */
export async function putPreference(db: Database, userId: string, key: string, body: unknown): Promise<unknown> {
  const value = body && typeof body === 'object' && !Array.isArray(body) ? (body as { value?: unknown }).value : undefined;
  const problem = preferenceProblem(key, value);
  if (problem) throw AppError.badRequest(problem, { value: problem });
  await db.query(
    `INSERT INTO user_preferences (user_id, key, value) VALUES (:userId, :key, :value::jsonb)
     ON CONFLICT (user_id, key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    { replacements: { userId, key, value: JSON.stringify(value) } },
  );
  return value;
}

export async function deletePreference(db: Database, userId: string, key: string): Promise<void> {
  await db.query('DELETE FROM user_preferences WHERE user_id = :userId AND key = :key', { replacements: { userId, key } });
}
