import type { Database } from '../../db/database';
import type { AppAbility } from '@info-parquet/common';
import { camelCaseKeys } from '../../db/rows';
import { parseSaisineListQuery, selectSaisinePage } from './list-queries';

export { parseSaisineListQuery };

export interface SaisineListItem {
  id: string;
  reference: string;
  status: string;
  urgent: boolean;
  receivedAt: Date;
  [key: string]: unknown;
}

export async function listSaisines(
  db: Database,
  ability: AppAbility,
  query: Record<string, unknown>,
): Promise<{ rows: SaisineListItem[]; total: number | null; offset: number }> {
  const { found, total, countCap, offset } = await selectSaisinePage(db, ability, query);
  // queue_rank is the default order's key (migration 0027), not a field of the answer.
  const rows = found.map(({ list_total: _total, queue_rank: _rank, ...row }) => camelCaseKeys<SaisineListItem>(row));
  // `null`: more than the bound, and more rows after this page.
  return { rows, total: total >= countCap ? null : total, offset };
}
