import type { Database } from '../db/database';
import { CHANNELS, DECISIONS, type SeriesGranularity } from '@info-parquet/common';

/**
 * The indicators' SQL, and nothing else: every figure is an aggregate over one cohort, the
 * referrals RECEIVED in a period (Paris dates), read from the facts the workflow keeps on each
 * referral in its own transaction (registered_at, first_ack_at, decided_at, communicated_at,
 * complement_requested_at, transferred_at, tracking_views). No name, narrative or document is
 * ever selected. Answers are raw counts and seconds; masking happens in the service.
 */

export interface CohortFilter {
  from: string;
  to: string;
  /** One court, or null for every court. */
  juridictionId: string | null;
  administrationKind: string | null;
  administrationId: number | null;
  kind: string | null;
}

/** Histogram edges in seconds (the last bin is open). */
export const DISTRIBUTION_EDGES = {
  timeToRegistration: [0, 3_600, 4 * 3_600, 86_400, 2 * 86_400, 7 * 86_400, 30 * 86_400],
  timeToDecision: [0, 7 * 86_400, 30 * 86_400, 90 * 86_400, 180 * 86_400, 365 * 86_400],
  urgentTimeToTakeIntoAccount: [0, 30 * 60, 3_600, 2 * 3_600, 4 * 3_600, 86_400],
} as const;
export type DistributionName = keyof typeof DISTRIBUTION_EDGES;

/** The delay column of the cohort each distribution reads, and for which referrals. */
const DISTRIBUTION_SOURCES: Record<DistributionName, { column: string; where: string }> = {
  timeToRegistration: { column: 'registration_s', where: 'at_court' },
  timeToDecision: { column: 'decision_s', where: 'at_court' },
  urgentTimeToTakeIntoAccount: { column: 'ack_s', where: 'at_court AND urgent' },
};

/**
 * What the cohort reads of each referral: only columns of the covering indexes (migration 0025).
 * Delays are double precision (`date_part`): `extract` gives numeric, a third slower to sort.
 */
const COLUMNS = {
  received_at: 's.received_at',
  juridiction_id: 's.juridiction_id',
  juridiction_initiale_id: 's.juridiction_initiale_id',
  channel: 's.channel',
  urgent: 's.urgent',
  decision: 's.decision',
  administration_id: 's.administration_id',
  sender_administration: 's.sender_administration',
  tracking_views: 's.tracking_views',
  transfer_destination_id: 's.transfer_destination_id',
  decided: 's.decided_at IS NOT NULL',
  communicated: 's.communicated_at IS NOT NULL',
  transferred: 's.transferred_at IS NOT NULL',
  complete: 's.complement_requested_at IS NULL',
  ack_at_once: "s.ack_delivered_at IS NOT NULL AND s.ack_delivered_at <= s.received_at + interval '5 minutes'",
  ack_within_target: 's.first_ack_at IS NOT NULL AND s.first_ack_at <= s.received_at + make_interval(mins => j.urgence_delai_minutes)',
  registration_s: "date_part('epoch', s.registered_at - s.received_at)",
  ack_s: "date_part('epoch', s.first_ack_at - s.received_at)",
  decision_s: "date_part('epoch', s.decided_at - s.received_at)",
  feedback_s: "date_part('epoch', s.communicated_at - s.decided_at)",
} as const;
type CohortColumn = keyof typeof COLUMNS;

/** The select list of these cohort columns, each written once above. */
const columnsOf = (names: readonly CohortColumn[]) => names.map((name) => `${COLUMNS[name]} AS ${name}`).join(', ');
const COHORT_COLUMNS = columnsOf(Object.keys(COLUMNS) as CohortColumn[]);

/**
 * A court's cohort is what it holds now (`at_court`), except misrouting: what was first sent to
 * it (`from_court`). Nationally both are every referral. For a court, two branches, each read by
 * an index-only scan: what it holds (saisines_indicators_court_idx), and what it sent on to
 * another court (the partial saisines_indicators_transferred_idx).
 */
interface CohortShape {
  /** The columns a statement needs (all of them by default). */
  columns?: string;
  /**
   * Compute each row's columns once (`OFFSET 0` keeps PostgreSQL from copying the delay
   * expressions into every aggregate that reads them): for statements with many aggregates.
   * Without it, the statement's own filters reach the index scan.
   */
  fence?: boolean;
}

function cohortCte(filter: CohortFilter, { columns = COHORT_COLUMNS, fence = true }: CohortShape = {}): { sql: string; replacements: Record<string, unknown> } {
  const where = [
    `s.received_at >= (CAST(:from AS date)::timestamp AT TIME ZONE 'Europe/Paris')`,
    `s.received_at < ((CAST(:to AS date) + 1)::timestamp AT TIME ZONE 'Europe/Paris')`,
  ];
  const replacements: Record<string, unknown> = { from: filter.from, to: filter.to };
  if (filter.administrationKind) {
    where.push('s.sender_administration_kind = :administrationKind');
    replacements.administrationKind = filter.administrationKind;
  }
  if (filter.administrationId !== null) {
    where.push('s.administration_id = :administrationId');
    replacements.administrationId = filter.administrationId;
  }
  if (filter.kind) {
    where.push('s.kind = :kind');
    replacements.kind = filter.kind;
  }
  const from = 'FROM saisines s JOIN juridictions j ON j.id = s.juridiction_id';
  const offset = fence ? ' OFFSET 0' : '';
  if (!filter.juridictionId) {
    return { sql: `cohort AS (SELECT ${columns}, true AS at_court, true AS from_court ${from} WHERE ${where.join(' AND ')}${offset})`, replacements };
  }
  replacements.juridictionId = filter.juridictionId;
  const sql = `cohort AS (
    SELECT ${columns}, true AS at_court, s.juridiction_initiale_id = :juridictionId AS from_court
    ${from} WHERE s.juridiction_id = :juridictionId AND ${where.join(' AND ')}
    UNION ALL
    SELECT ${columns}, false AS at_court, true AS from_court
    ${from} WHERE s.juridiction_initiale_id = :juridictionId AND s.juridiction_initiale_id <> s.juridiction_id AND ${where.join(' AND ')}${offset}
  )`;
  return { sql, replacements };
}

const count = (name: string, where: string) => `count(*) FILTER (WHERE ${where}) AS "${name}"`;
/** Median and 90th percentile from one sort (an array of both), split again by `numbers()`. */
const percentiles = (name: string, column: string, where: string) =>
  `percentile_cont(ARRAY[0.5, 0.9]) WITHIN GROUP (ORDER BY ${column}) FILTER (WHERE ${where}) AS ${name}_percentiles,
   count(${column}) FILTER (WHERE ${where}) AS ${name}_count`;

/** The aggregates shared by the period's values and each step of a series. */
const CORE_AGGREGATES = [
  count('received', 'at_court'),
  ...CHANNELS.map((channel) => count(`channel_${channel}`, `at_court AND channel = '${channel}'`)),
  percentiles('registration', 'registration_s', 'at_court'),
  count('ack_at_once', 'at_court AND ack_at_once'),
  count('urgent', 'at_court AND urgent'),
  count('urgent_within', 'at_court AND urgent AND ack_within_target'),
  count('decided', 'at_court AND decided'),
  count('communicated', 'at_court AND decided AND communicated'),
  count('complete', 'at_court AND complete'),
  count('first_sent', 'from_court'),
  count('transferred', 'from_court AND transferred'),
  count('tracking_opened', 'at_court AND tracking_views > 0'),
];

function distributionAggregates(): string[] {
  return Object.entries(DISTRIBUTION_EDGES).flatMap(([name, edges]) => {
    const { column, where } = DISTRIBUTION_SOURCES[name as DistributionName];
    return edges.map((edge, index) => {
      const upper = edges[index + 1];
      const range = upper === undefined ? `${column} >= ${edge}` : `${column} >= ${edge} AND ${column} < ${upper}`;
      return count(`bin_${name}_${index}`, `${where} AND ${range}`);
    });
  });
}

const VALUE_AGGREGATES = [
  ...CORE_AGGREGATES,
  percentiles('urgent_ack', 'ack_s', 'at_court AND urgent'),
  percentiles('feedback', 'feedback_s', 'at_court AND decided AND communicated'),
  percentiles('decision_all', 'decision_s', 'at_court'),
  ...DECISIONS.map((decision) => percentiles(`decision_${decision}`, 'decision_s', `at_court AND decision = '${decision}'`)),
  `coalesce(sum(tracking_views) FILTER (WHERE at_court), 0) AS tracking_views`,
  ...distributionAggregates(),
];

/** A row of numbers: counts come back from PostgreSQL as strings (bigint), percentiles as numbers or null. */
export type RawFigures = Record<string, number | null>;

function numbers(row: Record<string, unknown>): RawFigures {
  const result: RawFigures = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.endsWith('_percentiles')) {
      const [median, p90] = Array.isArray(value) ? value : [null, null];
      const name = key.slice(0, -'_percentiles'.length);
      result[`${name}_median`] = median === null ? null : Number(median);
      result[`${name}_p90`] = p90 === null ? null : Number(p90);
    } else result[key] = value === null || value === undefined ? null : Number(value);
  }
  return result;
}

/** The statement of the period's figures (exported for the index test's EXPLAIN). */
export function figuresStatement(filter: CohortFilter) {
  const { sql, replacements } = cohortCte(filter);
  return { sql: `WITH ${sql} SELECT ${VALUE_AGGREGATES.join(',\n')} FROM cohort`, replacements };
}

/** The period's figures in one statement. */
export async function selectFigures(db: Database, filter: CohortFilter): Promise<RawFigures> {
  const { sql, replacements } = figuresStatement(filter);
  const [rows] = await db.query(sql, { replacements });
  return numbers(rows[0] as Record<string, unknown>);
}

/**
 * The administrations and courts active in the cohort, in a statement of their own: counted in
 * the figures' statement, they made PostgreSQL materialize the cohort (twice as slow), and a
 * DISTINCT aggregate beside fifty others is slower still. Pairs first (hashed), then the two counts.
 */
export async function selectActivity(db: Database, filter: CohortFilter): Promise<RawFigures> {
  const { sql, replacements } = cohortCte(filter, { columns: columnsOf(['administration_id', 'sender_administration', 'juridiction_id']), fence: false });
  const [rows] = await db.query(
    `WITH ${sql}
     SELECT count(DISTINCT administration) AS active_administrations, count(DISTINCT juridiction_id) AS active_juridictions
     FROM (SELECT coalesce('id:' || administration_id::text, 'nom:' || lower(sender_administration)) AS administration, juridiction_id
           FROM cohort WHERE at_court GROUP BY 1, 2) pairs`,
    { replacements },
  );
  return numbers(rows[0] as Record<string, unknown>);
}

/** One row per week (Monday) or month holding referrals, `start` as `YYYY-MM-DD` (Paris). */
export async function selectSeries(db: Database, filter: CohortFilter, granularity: SeriesGranularity) {
  const { sql, replacements } = cohortCte(filter);
  const [rows] = await db.query(
    `WITH ${sql}
     SELECT to_char(step, 'YYYY-MM-DD') AS start, ${CORE_AGGREGATES.join(',\n')}
     FROM (SELECT date_trunc(:unit, received_at AT TIME ZONE 'Europe/Paris') AS step, * FROM cohort) c GROUP BY step ORDER BY step`,
    { replacements: { ...replacements, unit: granularity } },
  );
  return (rows as Array<Record<string, unknown>>).map(({ start, ...figures }) => ({ start: String(start), figures: numbers(figures) }));
}

/** Where the cohort's transferred referrals went first, most first. */
export async function selectTransferDestinations(db: Database, filter: CohortFilter) {
  const { sql, replacements } = cohortCte(filter, {
    columns: columnsOf(['transfer_destination_id', 'transferred']),
    fence: false,
  });
  const [rows] = await db.query(
    `WITH ${sql}
     SELECT c.transfer_destination_id AS id, j.nom, count(*)::int AS count
     FROM cohort c JOIN juridictions j ON j.id = c.transfer_destination_id
     WHERE c.from_court AND c.transferred
     GROUP BY 1, 2 ORDER BY 3 DESC, 2`,
    { replacements },
  );
  return rows as Array<{ id: string; nom: string; count: number }>;
}

/** What the ranking reads: narrow rows, since the cohort is kept in memory for its two groupings. */
const RANKING_COLUMNS = columnsOf(['juridiction_id', 'juridiction_initiale_id', 'urgent', 'decided', 'communicated', 'transferred', 'ack_within_target', 'registration_s']);

/**
 * Every court side by side (national readers): what each holds (`at_court` per court) and what
 * was first sent to each (misrouting), in one statement.
 */
export async function selectRanking(db: Database, filter: CohortFilter) {
  const { sql, replacements } = cohortCte({ ...filter, juridictionId: null }, { columns: RANKING_COLUMNS });
  const [rows] = await db.query(
    `WITH ${sql},
     held AS (
       SELECT juridiction_id COLLATE "C" AS id, count(*) AS received,
              percentile_cont(0.5) WITHIN GROUP (ORDER BY registration_s) AS registration_median,
              count(registration_s) AS registration_count,
              count(*) FILTER (WHERE urgent) AS urgent, count(*) FILTER (WHERE urgent AND ack_within_target) AS urgent_within,
              count(*) FILTER (WHERE decided) AS decided, count(*) FILTER (WHERE decided AND communicated) AS communicated
       FROM cohort GROUP BY 1
     ),
     sent AS (
       SELECT juridiction_initiale_id COLLATE "C" AS id, count(*) AS first_sent, count(*) FILTER (WHERE transferred) AS transferred
       FROM cohort GROUP BY 1
     )
     SELECT j.id, j.nom, held.received, held.registration_median, held.registration_count, held.urgent, held.urgent_within,
            held.decided, held.communicated, sent.first_sent, sent.transferred
     FROM held FULL JOIN sent ON sent.id = held.id
     JOIN juridictions j ON j.id = coalesce(held.id, sent.id)
     ORDER BY coalesce(held.received, 0) DESC, j.nom`,
    { replacements },
  );
  return (rows as Array<Record<string, unknown>>).map(({ id, nom, ...figures }) => ({ id: String(id), nom: String(nom), figures: numbers(figures) }));
}
