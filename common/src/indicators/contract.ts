import { Type, type Static, type TSchema } from '@sinclair/typebox';
import {
  ADMINISTRATION_KINDS,
  CHANNELS,
  DECISIONS,
  SAISINE_KINDS,
  type AdministrationKind,
  type Channel,
  type Decision,
  type SaisineKind,
} from '../labels';
import { closed, nullable, oneOf, CalendarDate } from '../contract/schema-helpers';

/**
 * The shape of `GET /api/indicators` and `GET /api/public/statistiques`: shared by the API (which
 * computes it), the back-office dashboard and the public statistics page (which show it), and
 * published as the OpenAPI document's schemas (closed objects, as the rest of the contract).
 *
 * Every figure is computed over a cohort: the referrals RECEIVED in the period (Paris dates,
 * both bounds included), filtered by court, administration kind, administration and kind.
 */

/** Keyed by every value of `keys`, each holding `value`. */
const byKey = <K extends string, T extends TSchema>(keys: readonly K[], value: T) =>
  Type.Object(Object.fromEntries(keys.map((key) => [key, value])) as Record<K, T>, closed);

export type SeriesGranularity = 'week' | 'month';
const SERIES_GRANULARITIES: readonly SeriesGranularity[] = ['week', 'month'];

/** The query string of both endpoints (all optional; defaults chosen by the API). */
const QUERY_FIELDS = {
  /** First day of the period, `YYYY-MM-DD` (Paris). */
  from: CalendarDate,
  /** Last day of the period, `YYYY-MM-DD` (Paris), included. */
  to: CalendarDate,
  /** A court's id, or absent for every court. */
  juridictionId: Type.String(),
  administrationKind: oneOf<AdministrationKind>(ADMINISTRATION_KINDS),
  /** A directory entry's id (`administrations.id`). */
  administrationId: Type.Integer(),
  kind: oneOf<SaisineKind>(SAISINE_KINDS),
  /** The series' step. */
  granularity: oneOf<SeriesGranularity>(SERIES_GRANULARITIES),
};
export const IndicatorQuerySchema = Type.Partial(Type.Object(QUERY_FIELDS, closed));
export type IndicatorQuery = Static<typeof IndicatorQuerySchema>;

/**
 * A count that may be hidden: under 5 (and more than 0) it is `"<5"` wherever the reader is not
 * the court itself (national and other courts' figures, the public page).
 */
const MaskedCountSchema = Type.Union([Type.Integer({ minimum: 0 }), Type.Literal('<5')]);
export type MaskedCount = Static<typeof MaskedCountSchema>;
const Share = nullable(Type.Number({ minimum: 0, maximum: 1 }));
const Seconds = nullable(Type.Number({ minimum: 0 }));

/** A share: `numerator / denominator`, `value` in [0, 1]; `value` is null when the denominator is 0 or hidden. */
const ShareValueSchema = Type.Object({ value: Share, numerator: MaskedCountSchema, denominator: MaskedCountSchema }, closed);
export type ShareValue = Static<typeof ShareValueSchema>;

/** A duration in seconds over the referrals that reached the milestone (`count` of them). */
const DurationValueSchema = Type.Object({ medianSeconds: Seconds, p90Seconds: Seconds, count: MaskedCountSchema }, closed);
export type DurationValue = Static<typeof DurationValueSchema>;

/** A histogram of durations: `bins[i]` counts durations in [`edgesSeconds[i]`, `edgesSeconds[i+1]`), the last bin is open. */
const DistributionSchema = Type.Object({ edgesSeconds: Type.Array(Type.Number()), bins: Type.Array(MaskedCountSchema) }, closed);
export type Distribution = Static<typeof DistributionSchema>;

export type IndicatorId =
  | 'timeToRegistration'
  | 'automaticAcknowledgement'
  | 'urgentVisibility'
  | 'decisionFeedback'
  | 'timeToDecision'
  | 'firstTimeCompleteness'
  | 'misrouting'
  | 'selfServiceFollowUp'
  | 'adoption';

/** The figures for one period and one scope. */
const IndicatorValuesSchema = Type.Object(
  {
    /** Referrals received in the period (the cohort). */
    received: MaskedCountSchema,
    /** registered − received, over the cohort's registered referrals. */
    timeToRegistration: DurationValueSchema,
    /** Acknowledgement and reference delivered within 5 minutes of receipt. */
    automaticAcknowledgement: ShareValueSchema,
    urgentVisibility: Type.Object(
      {
        /** Urgent referrals taken into account within their court's target, over the cohort's urgent referrals. */
        withinTarget: ShareValueSchema,
        /** Time from receipt to « prise en compte », over the urgent referrals taken into account. */
        timeToTakeIntoAccount: DurationValueSchema,
      },
      closed,
    ),
    decisionFeedback: Type.Object(
      {
        /** Decision communicated to the sender (art. 40-2), over the cohort's decided referrals. */
        communicated: ShareValueSchema,
        /** communicated − decided. */
        delay: DurationValueSchema,
      },
      closed,
    ),
    /** decided − received, per decision family, and all families together. */
    timeToDecision: byKey<Decision | 'all', typeof DurationValueSchema>([...DECISIONS, 'all'], DurationValueSchema),
    /** Never sent back to the sender for « complément », over the cohort. */
    firstTimeCompleteness: ShareValueSchema,
    misrouting: Type.Object(
      {
        /** Transferred at least once, over the cohort. */
        transferred: ShareValueSchema,
        /** Where the transferred referrals went (first transfer), most first. */
        destinations: Type.Array(Type.Object({ juridictionId: Type.String(), juridictionNom: Type.String(), count: MaskedCountSchema }, closed)),
      },
      closed,
    ),
    selfServiceFollowUp: Type.Object(
      {
        /** Senders who opened their tracking link at least once, over the cohort's referrals that have a tracking link. */
        opened: ShareValueSchema,
        /** Tracking-page consultations per referral of the cohort. */
        consultationsPerSaisine: nullable(Type.Number({ minimum: 0 })),
      },
      closed,
    ),
    adoption: Type.Object(
      {
        /** The cohort by channel. */
        byChannel: byKey<Channel, typeof MaskedCountSchema>(CHANNELS, MaskedCountSchema),
        /** Share entered by a clerk from paper or e-mail. */
        enteredFromPaper: ShareValueSchema,
        /** Distinct administrations (directory entries, or sender names when none) that sent in the period. */
        activeAdministrations: MaskedCountSchema,
        /** Distinct courts that received in the period. */
        activeJuridictions: MaskedCountSchema,
      },
      closed,
    ),
  },
  closed,
);
export type IndicatorValues = Static<typeof IndicatorValuesSchema>;

/** One step of a series (a week starting Monday, or a calendar month; Paris dates). */
const SeriesPointSchema = Type.Object(
  {
    /** First day of the step, `YYYY-MM-DD`. */
    start: CalendarDate,
    received: MaskedCountSchema,
    byChannel: byKey<Channel, typeof MaskedCountSchema>(CHANNELS, MaskedCountSchema),
    timeToRegistrationMedianSeconds: Seconds,
    timeToRegistrationP90Seconds: Seconds,
    automaticAcknowledgementShare: Share,
    urgentWithinTargetShare: Share,
    decided: MaskedCountSchema,
    communicatedShare: Share,
    firstTimeCompletenessShare: Share,
    transferredShare: Share,
    trackingOpenedShare: Share,
  },
  closed,
);
export type SeriesPoint = Static<typeof SeriesPointSchema>;

/** A court beside the others (national readers only). */
const CourtRankingRowSchema = Type.Object(
  {
    juridictionId: Type.String(),
    juridictionNom: Type.String(),
    received: MaskedCountSchema,
    timeToRegistrationMedianSeconds: Seconds,
    urgentWithinTargetShare: Share,
    communicatedShare: Share,
    transferredShare: Share,
  },
  closed,
);
export type CourtRankingRow = Static<typeof CourtRankingRowSchema>;

const IndicatorPeriodSchema = Type.Object({ from: CalendarDate, to: CalendarDate }, closed);
export type IndicatorPeriod = Static<typeof IndicatorPeriodSchema>;

export const IndicatorsResponseSchema = Type.Object(
  {
    /** `national`: every court (or one court seen from outside); `juridiction`: the reader's own court. */
    scope: oneOf(['national', 'juridiction'] as const),
    /** The filters as applied (defaults filled in). */
    query: Type.Object(
      {
        from: QUERY_FIELDS.from,
        to: QUERY_FIELDS.to,
        granularity: QUERY_FIELDS.granularity,
        juridictionId: Type.Optional(QUERY_FIELDS.juridictionId),
        administrationKind: Type.Optional(QUERY_FIELDS.administrationKind),
        administrationId: Type.Optional(QUERY_FIELDS.administrationId),
        kind: Type.Optional(QUERY_FIELDS.kind),
      },
      closed,
    ),
    period: IndicatorPeriodSchema,
    /** The period of the same length just before, for comparison. */
    previousPeriod: IndicatorPeriodSchema,
    current: IndicatorValuesSchema,
    previous: IndicatorValuesSchema,
    /** For a court's reader: the national figures of the same period and filters, beside their court's. */
    national: Type.Optional(IndicatorValuesSchema),
    series: Type.Object({ granularity: QUERY_FIELDS.granularity, points: Type.Array(SeriesPointSchema) }, closed),
    distributions: Type.Object(
      {
        timeToRegistration: DistributionSchema,
        timeToDecision: DistributionSchema,
        urgentTimeToTakeIntoAccount: DistributionSchema,
      },
      closed,
    ),
    /** National readers (analyst, national administrator) only. */
    ranking: Type.Optional(Type.Array(CourtRankingRowSchema)),
    /** When the figures were computed (the public answer is cached). */
    generatedAt: Type.String({ format: 'date-time' }),
  },
  closed,
);
export type IndicatorsResponse = Static<typeof IndicatorsResponseSchema>;

/** The indicators' schemas, as the OpenAPI document's components. */
export const INDICATOR_SCHEMAS = { IndicatorsResponse: IndicatorsResponseSchema };
