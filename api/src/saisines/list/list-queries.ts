import type { Database, Row } from '../../db/database';
import { listCountBound, type AppAbility, type SaisineListRecord } from '@info-parquet/common';
import { isoTime, isoTimeOrNull } from '../../db/rows';
import { SAISINE_FILTERS, saisineWhereSql } from './list-filters';
import { orderBySql, saisineSortKeys, sortScopeSql, SAISINE_SORTS } from './list-order';
import { EN_RETARD_SQL } from './urgency-sql';
import { parseListQuery } from '../../http/simple-rest-query';

/** The referral list's columns and joins (alias `s`), shared with the CSV export. */
export const SAISINE_LIST_FROM = `FROM saisines s
     JOIN juridictions j ON j.id = s.juridiction_id
     LEFT JOIN communes c ON c.code_insee = s.facts_commune_insee
     LEFT JOIN users u ON u.id = s.assignee_id`;

/** The list's `sort` and `filter` checked against its lists (anything else is a 400), and the paging. */
export function parseSaisineListQuery(query: Record<string, unknown>) {
  return parseListQuery(query, {
    filters: SAISINE_FILTERS,
    sorts: SAISINE_SORTS,
    defaultSort: { field: 'priority', order: 'ASC' },
  });
}

/**
 * The statements of a list request: the page with the total as one more column (one round trip;
 * the count is an uncorrelated sub-query, run once), and the total alone for a page past the end.
 * The total is counted up to `countCap` rows only: more than the bound (or than the page's end,
 * for a page deeper than that) and the answer says « more », never paying for a full count.
 * Tests EXPLAIN them.
 */
export function saisineListSql(ability: AppAbility, query: Record<string, unknown>) {
  const { sort, offset, limit, filter } = parseSaisineListQuery(query);
  const where = saisineWhereSql(ability, filter);
  const keys = saisineSortKeys(sort.field, sort.order);
  const countCap = Math.max(listCountBound(filter), offset + limit) + 1;
  const totalSql = `SELECT count(*)::int AS total FROM (SELECT 1 FROM saisines s WHERE ${where} LIMIT ${countCap}) counted`;
  // The page is chosen on saisines alone; the commune and the assignee are joined to its rows
  // only (a join before the LIMIT would read the 35 000 communes for a search of a few hundred).
  const page = (extra: string) => `SELECT p.*, c.nom AS facts_commune_nom, u.display_name AS assignee_name
     FROM (
       SELECT s.id, s.reference, s.kind, s.channel, s.status, s.urgent, s.urgency_reason,
              s.juridiction_id, j.nom AS juridiction_nom, s.sender_administration, s.sender_administration_kind,
              s.facts_commune_insee, s.qualification, s.received_at,
              s.registered_at, s.decided_at, s.numero_parquet, s.assignee_id, s.queue_rank,
              ${EN_RETARD_SQL}${extra}
       FROM saisines s JOIN juridictions j ON j.id = s.juridiction_id
       WHERE ${where}${sortScopeSql(sort.field)}
       ORDER BY ${orderBySql(keys)}
       LIMIT ${limit} OFFSET ${offset}
     ) p
     LEFT JOIN communes c ON c.code_insee = p.facts_commune_insee
     LEFT JOIN users u ON u.id = p.assignee_id
     ORDER BY ${orderBySql(keys.map((k) => ({ ...k, column: k.column.replace(/^s\./, 'p.') })))}`;
  return { offset, countCap, pageSql: page(''), pageWithTotalSql: page(`,\n              (${totalSql}) AS list_total`), totalSql };
}

/**
 * A row of the page as the contract's list record (`queue_rank`, the default order's key, and the
 * total are not fields); the detail's row has the same columns.
 */
export const toSaisineListRecord = (row: Row): SaisineListRecord => ({
  id: row.id,
  reference: row.reference,
  kind: row.kind,
  channel: row.channel,
  status: row.status,
  urgent: row.urgent,
  urgencyReason: row.urgency_reason,
  juridictionId: row.juridiction_id,
  juridictionNom: row.juridiction_nom,
  senderAdministration: row.sender_administration,
  senderAdministrationKind: row.sender_administration_kind,
  factsCommuneInsee: row.facts_commune_insee,
  factsCommuneNom: row.facts_commune_nom,
  qualification: row.qualification,
  receivedAt: isoTime(row.received_at),
  registeredAt: isoTimeOrNull(row.registered_at),
  decidedAt: isoTimeOrNull(row.decided_at),
  numeroParquet: row.numero_parquet,
  assigneeId: row.assignee_id,
  assigneeName: row.assignee_name,
  enRetard: row.en_retard,
});

/** One page of the list, the bounded total (`countCap` or more: « more than the bound ») and the total past the end. */
export async function selectSaisinePage(
  db: Database,
  ability: AppAbility,
  query: Record<string, unknown>,
): Promise<{ rows: SaisineListRecord[]; total: number; countCap: number; offset: number }> {
  const { offset, countCap, pageWithTotalSql, totalSql } = saisineListSql(ability, query);
  const [found] = await db.query<Row & { list_total: number }>(pageWithTotalSql);
  let total = found[0]?.list_total ?? 0;
  if (found.length === 0 && offset > 0) [[{ total }]] = await db.query<{ total: number }>(totalSql);
  return { rows: found.map(toSaisineListRecord), total, countCap, offset };
}
