import type { Database, Transaction } from '../../db/database';

/**
 * The shared rate-limit counters (`login_throttles`): one row per (ip, key) and fixed window,
 * used by sign-in (key = the typed address, or '' for the IP alone) and the public limits.
 */

/**
 * Takes one unit of the (ip, email) counter in a fixed window; null when allowed, otherwise the
 * seconds until the window ends. Other public limits reuse it with their own `ip` scope.
 */
export async function take(db: Database, transaction: Transaction, ip: string, email: string, limit: number, minutes: number): Promise<number | null> {
  const [rows] = await db.query(
    `INSERT INTO login_throttles AS t (ip, email, window_start, failures) VALUES (:ip, :email, now(), 1)
     ON CONFLICT (ip, email) DO UPDATE SET
       window_start = CASE WHEN t.window_start <= now() - make_interval(mins => :minutes) THEN now() ELSE t.window_start END,
       failures = CASE WHEN t.window_start <= now() - make_interval(mins => :minutes) THEN 1 ELSE t.failures + 1 END
     WHERE t.window_start <= now() - make_interval(mins => :minutes) OR t.failures < :limit
     RETURNING failures`,
    { transaction, replacements: { ip, email, limit, minutes } },
  );
  if (rows.length > 0) return null;
  const [[row]] = await db.query<{ retry: number }>(
    `SELECT greatest(1, ceil(extract(epoch FROM window_start + make_interval(mins => :minutes) - now())))::int AS retry
     FROM login_throttles WHERE ip = :ip AND email = :email`,
    { transaction, replacements: { ip, email, minutes } },
  );
  return row.retry;
}

/** The account's counter from this address removed, the address's own counter given one unit back; old windows pruned. */
export async function releaseUnits(db: Database, transaction: Transaction, ip: string, key: string): Promise<void> {
  const replacements = { ip, email: key };
  await db.query('DELETE FROM login_throttles WHERE ip = :ip AND email = :email', { replacements, transaction });
  await db.query("UPDATE login_throttles SET failures = greatest(failures - 1, 0) WHERE ip = :ip AND email = ''", { replacements, transaction });
  await db.query("DELETE FROM login_throttles WHERE window_start < now() - interval '1 day'", { transaction });
}

/** Every counter of one account key, from every address. */
export async function deleteAccountCounters(db: Database, key: string, transaction?: Transaction): Promise<void> {
  await db.query('DELETE FROM login_throttles WHERE email = :email', { transaction, replacements: { email: key } });
}
