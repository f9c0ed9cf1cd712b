import type { Sequelize } from 'sequelize';
import type { RequestOrigin } from '../security/security-log';

/**
 * Every read of a referral's detail is logged (who, which, when, from where) in the append-only
 * `saisine_consultations`, not in the hash-chained `saisine_events`: reads far outnumber changes,
 * and chaining them would serialise every read of a referral on the chain's lock and bury its
 * timeline under consultations. The list does not log each row.
 */
export async function recordConsultation(
  sequelize: Sequelize,
  consultation: { saisineId: string; userId: string; origin: RequestOrigin },
): Promise<void> {
  await sequelize.query(
    `INSERT INTO saisine_consultations (saisine_id, user_id, ip, user_agent) VALUES (:saisineId, :userId, :ip, :userAgent)`,
    {
      replacements: {
        saisineId: consultation.saisineId,
        userId: consultation.userId,
        ip: consultation.origin.ip,
        userAgent: consultation.origin.userAgent,
      },
    },
  );
}

/** The referrals of one export batch, read at once: one consultation row each, in one statement. */
export async function recordExportConsultations(
  sequelize: Sequelize,
  consultation: { saisineIds: string[]; userId: string; origin: RequestOrigin },
): Promise<void> {
  if (consultation.saisineIds.length === 0) return;
  await sequelize.query(
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
