import type { Database } from '../../db/database';

/** The back-office's synced preferences (`user_preferences`): one JSON value per user and key. */

export async function selectPreferences(db: Database, userId: string): Promise<Array<{ key: string; value: unknown }>> {
  const [rows] = await db.query<{ key: string; value: unknown }>('SELECT key, value FROM user_preferences WHERE user_id = :userId ORDER BY key', {
    replacements: { userId },
  });
  return rows;
}

/** The stored value, or `undefined` when there is none (a stored JSON null is `null`). */
export async function selectPreference(db: Database, userId: string, key: string): Promise<{ value: unknown } | undefined> {
  const [rows] = await db.query<{ value: unknown }>('SELECT value FROM user_preferences WHERE user_id = :userId AND key = :key', {
    replacements: { userId, key },
  });
  return rows[0];
}

export async function upsertPreference(db: Database, userId: string, key: string, value: unknown): Promise<void> {
  await db.query(
    `INSERT INTO user_preferences (user_id, key, value) VALUES (:userId, :key, :value::jsonb)
     ON CONFLICT (user_id, key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`,
    { replacements: { userId, key, value: JSON.stringify(value) } },
  );
}

export async function deletePreferenceRow(db: Database, userId: string, key: string): Promise<void> {
  await db.query('DELETE FROM user_preferences WHERE user_id = :userId AND key = :key', { replacements: { userId, key } });
}
