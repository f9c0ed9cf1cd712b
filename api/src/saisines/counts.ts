import type { Sequelize } from 'sequelize';
import { OPEN_STATUSES, QUICK_VIEWS, type AppAbility, type QuickViewCounts } from '@info-parquet/common';
import { saisineFilterSql, saisineWhereSql } from './list-filters';

/**
 * The live counts of the quick views for the signed-in user, in one pass over the court's open
 * referrals: every view is a subset of them (no view shows closed ones), and each count uses the
 * list's own filter SQL, so a tab's count is the total that its list shows. Served by the partial
 * index saisines_court_open_counts_idx (migration 0008) as an index-only scan.
 */
export async function countQuickViews(sequelize: Sequelize, ability: AppAbility, userId: string): Promise<QuickViewCounts> {
  const where = saisineWhereSql(sequelize, ability, { status: OPEN_STATUSES });
  const columns = QUICK_VIEWS.map((view) => {
    const conditions = saisineFilterSql(sequelize, { ...view.filter({ id: userId }) });
    return `count(*) FILTER (WHERE ${conditions.join(' AND ') || 'true'})::int AS "${view.id}"`;
  });
  const [[row]] = (await sequelize.query(`SELECT ${columns.join(', ')} FROM saisines s WHERE ${where}`)) as [[QuickViewCounts], unknown];
  return row;
}
