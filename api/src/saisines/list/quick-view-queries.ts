import type { Database } from '../../db/database';
import { LIST_COUNT_BOUND, QUICK_VIEWS, type AppAbility, type QuickViewCounts } from '@info-parquet/common';
import { saisineWhereSql } from './list-filters';

/**
 * The live counts of the quick views for the signed-in user, in one statement: each view is
 * counted with the list's own filter SQL (a tab's count is the total its list shows), by its own
 * index (migrations 0008, 0027, 0028), and up to the list's bound only: a court with a backlog
 * of 40,000 referrals pays for 10,001 index entries, not 40,000. Past the bound the count is
 * LIST_COUNT_BOUND + 1, which the back-office shows as « + de 10 000 ».
 */
export async function countQuickViews(db: Database, ability: AppAbility, userId: string): Promise<QuickViewCounts> {
  const columns = QUICK_VIEWS.map((view) => {
    const where = saisineWhereSql(ability, { ...view.filter({ id: userId }) });
    return `(SELECT count(*) FROM (SELECT 1 FROM saisines s WHERE ${where} LIMIT ${LIST_COUNT_BOUND + 1}) counted)::int AS "${view.id}"`;
  });
  const [[row]] = (await db.query(`SELECT ${columns.join(',\n       ')}`)) as [[QuickViewCounts], unknown];
  return row;
}
