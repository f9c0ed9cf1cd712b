import type { Database } from '../db/database';
import { subject } from '@casl/ability';
import {
  ADMINISTRATION_KINDS,
  CHANNELS,
  DECISIONS,
  SAISINE_KINDS,
  checkIndicatorPeriod,
  defaultIndicatorPeriod,
  durationOf,
  maskCount,
  previousPeriod,
  seriesStarts,
  shareOf,
  shareValue,
  todayInParis,
  type AppAbility,
  type Channel,
  type CourtRankingRow,
  type Distribution,
  type IndicatorPeriod,
  type IndicatorQuery,
  type IndicatorValues,
  type IndicatorsResponse,
  type SeriesGranularity,
  type SeriesPoint,
  type Subject,
} from '@info-parquet/common';
import { AppError } from '../http/app-error';
import type { createShortCache } from './short-cache';
import type { CurrentUser } from '../http/authenticate';
import {
  DISTRIBUTION_EDGES,
  selectActivity,
  selectFigures,
  selectRanking,
  selectSeries,
  selectTransferDestinations,
  type CohortFilter,
  type DistributionName,
  type RawFigures,
} from './queries';

const QUERY_KEYS = ['from', 'to', 'juridictionId', 'administrationKind', 'administrationId', 'kind', 'granularity'] as const;
const PUBLIC_QUERY_KEYS = ['from', 'to', 'administrationKind', 'kind', 'granularity'] as const;
const COURT_ID = /^[a-z0-9-]{1,80}$/;

type ParsedQuery = IndicatorsResponse['query'];

/** The query string, checked field by field (a 400 in French that names each bad field), defaults filled in. */
export function parseIndicatorQuery(raw: Record<string, unknown>, allowed: readonly string[] = QUERY_KEYS, now = new Date()): ParsedQuery {
  const errors: Record<string, string> = {};
  const text = (key: string): string | undefined => {
    const value = raw[key];
    if (value === undefined || value === '') return undefined;
    if (typeof value !== 'string') {
      errors[key] = 'Une seule valeur est attendue.';
      return undefined;
    }
    return value;
  };
  for (const key of Object.keys(raw)) {
    if (!allowed.includes(key)) errors[key] = 'Filtre inconnu.';
  }
  const defaults = defaultIndicatorPeriod(todayInParis(now));
  const from = text('from') ?? defaults.from;
  const to = text('to') ?? defaults.to;
  Object.assign(errors, checkIndicatorPeriod(from, to));
  const granularity = (text('granularity') ?? 'week') as SeriesGranularity;
  if (!['week', 'month'].includes(granularity)) errors.granularity = 'Le pas doit être « week » (semaine) ou « month » (mois).';
  const juridictionId = text('juridictionId');
  if (juridictionId !== undefined && !COURT_ID.test(juridictionId)) errors.juridictionId = 'Identifiant de juridiction invalide.';
  const administrationKind = text('administrationKind');
  if (administrationKind !== undefined && !(ADMINISTRATION_KINDS as readonly string[]).includes(administrationKind)) {
    errors.administrationKind = 'Type d’administration inconnu.';
  }
  const administrationIdText = text('administrationId');
  const administrationId = administrationIdText === undefined ? undefined : Number(administrationIdText);
  if (administrationId !== undefined && (!/^\d{1,9}$/.test(administrationIdText!) || administrationId < 1)) {
    errors.administrationId = 'Identifiant d’administration invalide.';
  }
  const kind = text('kind');
  if (kind !== undefined && !(SAISINE_KINDS as readonly string[]).includes(kind)) errors.kind = 'Nature de saisine inconnue.';
  if (Object.keys(errors).length) throw AppError.badRequest('Les filtres des indicateurs sont invalides.', errors);
  return {
    from,
    to,
    granularity,
    ...(juridictionId ? { juridictionId } : {}),
    ...(administrationKind ? { administrationKind: administrationKind as IndicatorQuery['administrationKind'] } : {}),
    ...(administrationId !== undefined ? { administrationId } : {}),
    ...(kind ? { kind: kind as IndicatorQuery['kind'] } : {}),
  };
}

const filterOf = (query: ParsedQuery, period: IndicatorPeriod, juridictionId: string | null): CohortFilter => ({
  from: period.from,
  to: period.to,
  juridictionId,
  administrationKind: query.administrationKind ?? null,
  administrationId: query.administrationId ?? null,
  kind: query.kind ?? null,
});

const n = (figures: RawFigures, key: string) => figures[key] ?? 0;
const byChannel = (figures: RawFigures, masked: boolean) =>
  Object.fromEntries(CHANNELS.map((channel) => [channel, maskCount(n(figures, `channel_${channel}`), masked)])) as Record<Channel, ReturnType<typeof maskCount>>;
const duration = (figures: RawFigures, name: string, masked: boolean) =>
  durationOf(n(figures, `${name}_count`), figures[`${name}_median`], figures[`${name}_p90`], masked);

function values(figures: RawFigures, destinations: Array<{ id: string; nom: string; count: number }>, masked: boolean): IndicatorValues {
  const received = n(figures, 'received');
  const paper = n(figures, 'channel_papier') + n(figures, 'channel_courriel');
  return {
    received: maskCount(received, masked),
    timeToRegistration: duration(figures, 'registration', masked),
    automaticAcknowledgement: shareOf(n(figures, 'ack_at_once'), received, masked),
    urgentVisibility: {
      withinTarget: shareOf(n(figures, 'urgent_within'), n(figures, 'urgent'), masked),
      timeToTakeIntoAccount: duration(figures, 'urgent_ack', masked),
    },
    decisionFeedback: {
      communicated: shareOf(n(figures, 'communicated'), n(figures, 'decided'), masked),
      delay: duration(figures, 'feedback', masked),
    },
    timeToDecision: Object.fromEntries(
      [...DECISIONS, 'all' as const].map((decision) => [decision, duration(figures, `decision_${decision}`, masked)]),
    ) as IndicatorValues['timeToDecision'],
    firstTimeCompleteness: shareOf(n(figures, 'complete'), received, masked),
    misrouting: {
      transferred: shareOf(n(figures, 'transferred'), n(figures, 'first_sent'), masked),
      destinations: destinations.map((row) => ({ juridictionId: row.id, juridictionNom: row.nom, count: maskCount(row.count, masked) })),
    },
    selfServiceFollowUp: {
      opened: shareOf(n(figures, 'tracking_opened'), received, masked),
      consultationsPerSaisine: received === 0 || (masked && received < 5) ? null : n(figures, 'tracking_views') / received,
    },
    adoption: {
      byChannel: byChannel(figures, masked),
      enteredFromPaper: shareOf(paper, received, masked),
      activeAdministrations: maskCount(n(figures, 'active_administrations'), masked),
      activeJuridictions: maskCount(n(figures, 'active_juridictions'), masked),
    },
  };
}

function distribution(figures: RawFigures, name: DistributionName, masked: boolean): Distribution {
  const edges = [...DISTRIBUTION_EDGES[name]];
  return { edgesSeconds: edges, bins: edges.map((_, index) => maskCount(n(figures, `bin_${name}_${index}`), masked)) };
}

function seriesPoint(start: string, figures: RawFigures, masked: boolean): SeriesPoint {
  const received = n(figures, 'received');
  const registration = durationOf(n(figures, 'registration_count'), figures.registration_median, figures.registration_p90, masked);
  return {
    start,
    received: maskCount(received, masked),
    byChannel: byChannel(figures, masked),
    timeToRegistrationMedianSeconds: registration.medianSeconds,
    timeToRegistrationP90Seconds: registration.p90Seconds,
    automaticAcknowledgementShare: shareValue(n(figures, 'ack_at_once'), received, masked),
    urgentWithinTargetShare: shareValue(n(figures, 'urgent_within'), n(figures, 'urgent'), masked),
    decided: maskCount(n(figures, 'decided'), masked),
    communicatedShare: shareValue(n(figures, 'communicated'), n(figures, 'decided'), masked),
    firstTimeCompletenessShare: shareValue(n(figures, 'complete'), received, masked),
    transferredShare: shareValue(n(figures, 'transferred'), n(figures, 'first_sent'), masked),
    trackingOpenedShare: shareValue(n(figures, 'tracking_opened'), received, masked),
  };
}

async function periodValues(db: Database, filter: CohortFilter, masked: boolean) {
  const [main, activity, destinations] = await Promise.all([
    selectFigures(db, filter),
    selectActivity(db, filter),
    selectTransferDestinations(db, filter),
  ]);
  const figures = { ...main, ...activity };
  return { figures, values: values(figures, destinations, masked) };
}

async function series(db: Database, filter: CohortFilter, granularity: SeriesGranularity, masked: boolean) {
  const rows = new Map((await selectSeries(db, filter, granularity)).map((row) => [row.start, row.figures]));
  const points = seriesStarts(filter, granularity).map((start) => seriesPoint(start, rows.get(start) ?? {}, masked));
  return { granularity, points };
}

async function ranking(db: Database, filter: CohortFilter): Promise<CourtRankingRow[]> {
  return (await selectRanking(db, filter)).map(({ id, nom, figures }) => {
    const registration = durationOf(n(figures, 'registration_count'), figures.registration_median, null, true);
    return {
      juridictionId: id,
      juridictionNom: nom,
      received: maskCount(n(figures, 'received'), true),
      timeToRegistrationMedianSeconds: registration.medianSeconds,
      urgentWithinTargetShare: shareValue(n(figures, 'urgent_within'), n(figures, 'urgent'), true),
      communicatedShare: shareValue(n(figures, 'communicated'), n(figures, 'decided'), true),
      transferredShare: shareValue(n(figures, 'transferred'), n(figures, 'first_sent'), true),
    };
  });
}

async function nationalValues(db: Database, filter: CohortFilter, options: ComputeOptions): Promise<IndicatorValues> {
  const compute = async () => (await periodValues(db, filter, true)).values;
  return options.nationalBeside ? options.nationalBeside.get(JSON.stringify(filter), compute) : compute();
}

interface Audience {
  /** The court whose figures are asked for (null: every court). */
  juridictionId: string | null;
  /** The reader is that court itself: nothing is masked, the national figures come beside. */
  ownCourt: boolean;
  /** National readers get the ranking of courts. */
  national: boolean;
}

/**
 * Who gets which scope, decided by the CASL rules of common/: a national reader (`read
 * Indicator` without condition) any court or all of them, masked, with the ranking; a court's
 * clerk or prosecutor their own court only, unmasked, beside the national figures (masked).
 */
export function audienceFor(user: CurrentUser, ability: AppAbility, requested: string | undefined): Audience {
  const can = (juridictionId: string | null) => ability.can('read', subject('Indicator', { juridictionId }) as unknown as Subject);
  if (can(null)) return { juridictionId: requested ?? null, ownCourt: false, national: true };
  const own = user.juridictionId;
  if (!own || !can(own)) throw AppError.forbidden('Vous n’avez pas accès aux indicateurs.');
  if (requested && requested !== own) throw AppError.forbidden('Vous ne voyez en détail que les indicateurs de votre juridiction.');
  return { juridictionId: own, ownCourt: true, national: false };
}

export interface ComputeOptions {
  now?: Date;
  /** The national figures beside a court's: the same for every court, kept a few minutes. */
  nationalBeside?: ReturnType<typeof createShortCache<IndicatorValues>>;
}

async function compute(db: Database, query: ParsedQuery, audience: Audience, options: ComputeOptions): Promise<IndicatorsResponse> {
  const now = options.now ?? new Date();
  const period = { from: query.from, to: query.to };
  const previous = previousPeriod(period);
  const masked = !audience.ownCourt;
  const filter = filterOf(query, period, audience.juridictionId);
  const [current, before, nationalFigures, seriesValue, rankingRows] = await Promise.all([
    periodValues(db, filter, masked),
    periodValues(db, filterOf(query, previous, audience.juridictionId), masked),
    audience.ownCourt ? nationalValues(db, filterOf(query, period, null), options) : Promise.resolve(null),
    series(db, filter, query.granularity, masked),
    audience.national ? ranking(db, filter) : Promise.resolve(undefined),
  ]);
  const distributions = Object.fromEntries(
    (Object.keys(DISTRIBUTION_EDGES) as DistributionName[]).map((name) => [name, distribution(current.figures, name, masked)]),
  ) as IndicatorsResponse['distributions'];
  return {
    scope: audience.ownCourt ? 'juridiction' : 'national',
    query: { ...query, ...(audience.juridictionId ? { juridictionId: audience.juridictionId } : {}) },
    period,
    previousPeriod: previous,
    current: current.values,
    previous: before.values,
    ...(nationalFigures ? { national: nationalFigures } : {}),
    series: seriesValue,
    distributions,
    ...(rankingRows ? { ranking: rankingRows } : {}),
    generatedAt: now.toISOString(),
  };
}

/** `GET /api/indicators`: the reader's scope, decided by their rules. */
export async function getIndicators(db: Database, user: CurrentUser, ability: AppAbility, raw: Record<string, unknown>, options: ComputeOptions = {}) {
  const query = parseIndicatorQuery(raw, QUERY_KEYS, options.now);
  return compute(db, query, audienceFor(user, ability, query.juridictionId), options);
}

/** `GET /api/public/statistiques`: national aggregates only, masked, no ranking. */
export async function getPublicStatistics(db: Database, raw: Record<string, unknown>, options: ComputeOptions = {}) {
  const query = parseIndicatorQuery(raw, PUBLIC_QUERY_KEYS, options.now);
  return compute(db, query, { juridictionId: null, ownCourt: false, national: false }, options);
}
