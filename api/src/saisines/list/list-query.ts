import type { Database } from '../../db/database';
import type { AppAbility, SaisineListRecord } from '@info-parquet/common';
import { parseSaisineListQuery, selectSaisinePage } from './list-queries';

export { parseSaisineListQuery };

export async function listSaisines(
  db: Database,
  ability: AppAbility,
  query: Record<string, unknown>,
): Promise<{ rows: SaisineListRecord[]; total: number | null; offset: number }> {
  const { rows, total, countCap, offset } = await selectSaisinePage(db, ability, query);
  // `null`: more than the bound, and more rows after this page.
  return { rows, total: total >= countCap ? null : total, offset };
}
