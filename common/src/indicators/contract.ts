import type { AdministrationKind, Channel, Decision, SaisineKind } from '../labels';

/**
 * The shape of `GET /api/indicators` and `GET /api/public/statistiques`: shared by the API (which
 * computes it), the back-office dashboard and the public statistics page (which show it).
 *
 * Every figure is computed over a cohort: the referrals RECEIVED in the period (Paris dates,
 * both bounds included), filtered by court, administration kind, administration and kind.
 */

/** The query string of both endpoints (all optional; defaults chosen by the API). */
export interface IndicatorQuery {
  /** First day of the period, `YYYY-MM-DD` (Paris). */
  from?: string;
  /** Last day of the period, `YYYY-MM-DD` (Paris), included. */
  to?: string;
  /** A court's id, or absent for every court. */
  juridictionId?: string;
  administrationKind?: AdministrationKind;
  /** A directory entry's id (`administrations.id`). */
  administrationId?: number;
  kind?: SaisineKind;
  /** The series' step. */
  granularity?: SeriesGranularity;
}

export type SeriesGranularity = 'week' | 'month';

/**
 * A count that may be hidden: under 5 (and more than 0) it is `"<5"` wherever the reader is not
 * the court itself (national and other courts' figures, the public page).
 */
export type MaskedCount = number | '<5';

/** A share: `numerator / denominator`, `value` in [0, 1]; `value` is null when the denominator is 0 or hidden. */
export interface ShareValue {
  value: number | null;
  numerator: MaskedCount;
  denominator: MaskedCount;
}

/** A duration in seconds over the referrals that reached the milestone (`count` of them). */
export interface DurationValue {
  medianSeconds: number | null;
  p90Seconds: number | null;
  count: MaskedCount;
}

/** A histogram of durations: `bins[i]` counts durations in [`edgesSeconds[i]`, `edgesSeconds[i+1]`), the last bin is open. */
export interface Distribution {
  edgesSeconds: number[];
  bins: MaskedCount[];
}

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
export interface IndicatorValues {
  /** Referrals received in the period (the cohort). */
  received: MaskedCount;
  /** registered − received, over the cohort's registered referrals. */
  timeToRegistration: DurationValue;
  /** Acknowledgement and reference delivered within 5 minutes of receipt. */
  automaticAcknowledgement: ShareValue;
  urgentVisibility: {
    /** Urgent referrals taken into account within their court's target, over the cohort's urgent referrals. */
    withinTarget: ShareValue;
    /** Time from receipt to « prise en compte », over the urgent referrals taken into account. */
    timeToTakeIntoAccount: DurationValue;
  };
  decisionFeedback: {
    /** Decision communicated to the sender (art. 40-2), over the cohort's decided referrals. */
    communicated: ShareValue;
    /** communicated − decided. */
    delay: DurationValue;
  };
  /** decided − received, per decision family, and all families together. */
  timeToDecision: Record<Decision | 'all', DurationValue>;
  /** Never sent back to the sender for « complément », over the cohort. */
  firstTimeCompleteness: ShareValue;
  misrouting: {
    /** Transferred at least once, over the cohort. */
    transferred: ShareValue;
    /** Where the transferred referrals went (first transfer), most first. */
    destinations: { juridictionId: string; juridictionNom: string; count: MaskedCount }[];
  };
  selfServiceFollowUp: {
    /** Senders who opened their tracking link at least once, over the cohort's referrals that have a tracking link. */
    opened: ShareValue;
    /** Tracking-page consultations per referral of the cohort. */
    consultationsPerSaisine: number | null;
  };
  adoption: {
    /** The cohort by channel. */
    byChannel: Record<Channel, MaskedCount>;
    /** Share entered by a clerk from paper or e-mail. */
    enteredFromPaper: ShareValue;
    /** Distinct administrations (directory entries, or sender names when none) that sent in the period. */
    activeAdministrations: MaskedCount;
    /** Distinct courts that received in the period. */
    activeJuridictions: MaskedCount;
  };
}

/** One step of a series (a week starting Monday, or a calendar month; Paris dates). */
export interface SeriesPoint {
  /** First day of the step, `YYYY-MM-DD`. */
  start: string;
  received: MaskedCount;
  byChannel: Record<Channel, MaskedCount>;
  timeToRegistrationMedianSeconds: number | null;
  timeToRegistrationP90Seconds: number | null;
  automaticAcknowledgementShare: number | null;
  urgentWithinTargetShare: number | null;
  decided: MaskedCount;
  communicatedShare: number | null;
  firstTimeCompletenessShare: number | null;
  transferredShare: number | null;
  trackingOpenedShare: number | null;
}

/** A court beside the others (national readers only). */
export interface CourtRankingRow {
  juridictionId: string;
  juridictionNom: string;
  received: MaskedCount;
  timeToRegistrationMedianSeconds: number | null;
  urgentWithinTargetShare: number | null;
  communicatedShare: number | null;
  transferredShare: number | null;
}

export interface IndicatorPeriod {
  from: string;
  to: string;
}

export interface IndicatorsResponse {
  /** `national`: every court (or one court seen from outside); `juridiction`: the reader's own court. */
  scope: 'national' | 'juridiction';
  /** The filters as applied (defaults filled in). */
  query: Required<Pick<IndicatorQuery, 'from' | 'to' | 'granularity'>> & Omit<IndicatorQuery, 'from' | 'to' | 'granularity'>;
  period: IndicatorPeriod;
  /** The period of the same length just before, for comparison. */
  previousPeriod: IndicatorPeriod;
  current: IndicatorValues;
  previous: IndicatorValues;
  /** For a court's reader: the national figures of the same period and filters, beside their court's. */
  national?: IndicatorValues;
  series: { granularity: SeriesGranularity; points: SeriesPoint[] };
  distributions: {
    timeToRegistration: Distribution;
    timeToDecision: Distribution;
    urgentTimeToTakeIntoAccount: Distribution;
  };
  /** National readers (analyst, national administrator) only. */
  ranking?: CourtRankingRow[];
  /** When the figures were computed (the public answer is cached). */
  generatedAt: string;
}
