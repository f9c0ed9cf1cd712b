import type { Database } from '../db/database';
import type { RequestOrigin } from '../accounts/security/security-log';

/**
 * Every read of a referral's detail is logged (who, which, when, from where) in the append-only
 * `saisine_consultations`, not in the hash-chained `saisine_events`: reads far outnumber changes,
 * and chaining them would serialise every read of a referral on the chain's lock and bury its
 * timeline under consultations. The list does not log each row. The detail view logs its read in
 * its own statement (detail.ts); an export logs each batch here: one row per referral, in one
 * statement per batch.
 */
export async function recordExportConsultations(
  db: Database,
  consultation: { saisineIds: string[]; userId: string; origin: RequestOrigin },
): Promise<void> {
  if (consultation.saisineIds.length === 0) return;
  await db.query(
    `INSERT INTO saisine_consultations (saisine_id, user_id, ip, user_agent, kind)
     SELECT unnest(ARRAY[:saisineIds]::uuid[]), :userId, :ip, :userAgent, 'export'`,
    {
      replacements: {
        saisineIds: consultation.saisineIds,
        userId: consultation.userId,
        ip: consultation.origin.ip,
        userAgent: consultation.origin.userAgent,
      },
    },
  );
}
