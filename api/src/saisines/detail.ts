import type { Database } from '../db/database';
import type { AppAbility } from '@info-parquet/common';
import { AppError } from '../http/app-error';
import type { RequestOrigin } from '../accounts/security/security-log';
import { selectSaisineDetail, type SaisineDetailRecord } from './detail-queries';
import { UUID } from '../http/uuid';

/**
 * Everything the court may see of one referral, in one statement (one round trip). A referral
 * the user may not read is a 404, exactly like one that does not exist: no existence leak. With
 * `consultation`, the read is logged by the same statement, and only when something was read.
 */
export async function getSaisineDetail(
  db: Database,
  ability: AppAbility,
  id: string,
  consultation?: { userId: string; origin: RequestOrigin },
): Promise<SaisineDetailRecord> {
  if (!UUID.test(id)) throw AppError.notFound('Saisine introuvable.');
  const detail = await selectSaisineDetail(db, ability, id, consultation);
  if (!detail) throw AppError.notFound('Saisine introuvable.');
  return detail;
}
