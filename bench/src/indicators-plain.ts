import type { Pool } from 'pg';

/**
 * The same headline figures as the dashboard, computed the plain way: one aggregate straight over
 * `saisines` (every column read from the table, no covering index, the court as a plain OR), as
 * anyone would first write it. The bench times it beside the dashboard's queries and checks that
 * both give the same numbers.
 */
export interface PlainFilter {
  from: string;
  to: string;
  juridictionId: string | null;
}

export interface PlainFigures {
  received: number;
  registrationMedian: number | null;
  registrationP90: number | null;
  urgent: number;
  urgentWithin: number;
  decided: number;
  communicated: number;
  complete: number;
  firstSent: number;
  transferred: number;
}

const PLAIN_SQL = `
  SELECT count(*) FILTER (WHERE s.juridiction_id = $3 OR $3 IS NULL) AS received,
         percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM s.registered_at - s.received_at))
           FILTER (WHERE s.juridiction_id = $3 OR $3 IS NULL) AS registration_median,
         percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM s.registered_at - s.received_at))
           FILTER (WHERE s.juridiction_id = $3 OR $3 IS NULL) AS registration_p90,
         count(*) FILTER (WHERE (s.juridiction_id = $3 OR $3 IS NULL) AND s.urgent) AS urgent,
         count(*) FILTER (WHERE (s.juridiction_id = $3 OR $3 IS NULL) AND s.urgent
           AND s.first_ack_at <= s.received_at + make_interval(mins => j.urgence_delai_minutes)) AS urgent_within,
         count(*) FILTER (WHERE (s.juridiction_id = $3 OR $3 IS NULL) AND s.decided_at IS NOT NULL) AS decided,
         count(*) FILTER (WHERE (s.juridiction_id = $3 OR $3 IS NULL) AND s.decided_at IS NOT NULL AND s.communicated_at IS NOT NULL) AS communicated,
         count(*) FILTER (WHERE (s.juridiction_id = $3 OR $3 IS NULL) AND s.complement_requested_at IS NULL) AS complete,
         count(*) FILTER (WHERE s.juridiction_initiale_id = $3 OR $3 IS NULL) AS first_sent,
         count(*) FILTER (WHERE (s.juridiction_initiale_id = $3 OR $3 IS NULL) AND s.transferred_at IS NOT NULL) AS transferred
  FROM saisines s JOIN juridictions j ON j.id = s.juridiction_id
  WHERE s.received_at >= ($1::date)::timestamp AT TIME ZONE 'Europe/Paris'
    AND s.received_at < ($2::date + 1)::timestamp AT TIME ZONE 'Europe/Paris'
    AND (s.juridiction_id = $3 OR s.juridiction_initiale_id = $3 OR $3 IS NULL)`;

export const plainStatement = (filter: PlainFilter) => ({ text: PLAIN_SQL, values: [filter.from, filter.to, filter.juridictionId] });

export async function plainFigures(pool: Pool, filter: PlainFilter): Promise<PlainFigures> {
  const { text, values } = plainStatement(filter);
  const { rows } = await pool.query(text, values);
  const row = rows[0] as Record<string, string | number | null>;
  const num = (value: string | number | null) => (value === null ? null : Number(value));
  return {
    received: Number(row.received),
    registrationMedian: num(row.registration_median),
    registrationP90: num(row.registration_p90),
    urgent: Number(row.urgent),
    urgentWithin: Number(row.urgent_within),
    decided: Number(row.decided),
    communicated: Number(row.communicated),
    complete: Number(row.complete),
    firstSent: Number(row.first_sent),
    transferred: Number(row.transferred),
  };
}
