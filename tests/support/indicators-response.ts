/** A whole answer of `GET /api/indicators` for the front-ends' component tests (back-office and public page). */
import type { DurationValue, IndicatorValues, IndicatorsResponse, ShareValue } from '@info-parquet/common';

const share = (numerator: number | '<5', denominator: number | '<5', value: number | null): ShareValue => ({ numerator, denominator, value });
const duration = (medianSeconds: number | null, p90Seconds: number | null, count: number | '<5'): DurationValue => ({ medianSeconds, p90Seconds, count });

/** A period's values, as the API computes them (numbers chosen to be recognisable on screen). */
export function indicatorValues(received: number, overrides: Partial<IndicatorValues> = {}): IndicatorValues {
  return {
    received,
    timeToRegistration: duration(3 * 3600, 7.6 * 3600, 5),
    automaticAcknowledgement: share(6, 7, 6 / 7),
    urgentVisibility: { withinTarget: share('<5', '<5', null), timeToTakeIntoAccount: duration(null, null, '<5') },
    decisionFeedback: { communicated: share(8, 10, 0.8), delay: duration(86_400, 2 * 86_400, 8) },
    timeToDecision: {
      poursuites: duration(10 * 86_400, 20 * 86_400, 6),
      alternative: duration(null, null, 0),
      classement: duration(20 * 86_400, 40 * 86_400, 6),
      all: duration(15 * 86_400, 30 * 86_400, 12),
    },
    firstTimeCompleteness: share(6, 7, 6 / 7),
    misrouting: { transferred: share(5, 80, 5 / 80), destinations: [{ juridictionId: 'tj-paris', juridictionNom: 'Tribunal judiciaire de Paris', count: 5 }] },
    selfServiceFollowUp: { opened: share(3, 7, 3 / 7), consultationsPerSaisine: 6 / 7 },
    adoption: { byChannel: { formulaire: received, api: '<5', papier: 0, courriel: 0 }, enteredFromPaper: share(0, received, 0), activeAdministrations: 2, activeJuridictions: 1 },
    ...overrides,
  };
}

export function indicatorsResponse(overrides: Partial<IndicatorsResponse> = {}): IndicatorsResponse {
  const point = (start: string, received: number) => ({
    start,
    received,
    byChannel: { formulaire: received, api: 0, papier: 0, courriel: 0 },
    timeToRegistrationMedianSeconds: 7200,
    timeToRegistrationP90Seconds: 14_400,
    automaticAcknowledgementShare: 0.9,
    urgentWithinTargetShare: null,
    decided: 2,
    communicatedShare: 0.5,
    firstTimeCompletenessShare: 1,
    transferredShare: 0,
    trackingOpenedShare: 0.25,
  });
  return {
    scope: 'national',
    query: { from: '2026-03-02', to: '2026-03-15', granularity: 'week' },
    period: { from: '2026-03-02', to: '2026-03-15' },
    previousPeriod: { from: '2026-02-16', to: '2026-03-01' },
    current: indicatorValues(1234),
    previous: indicatorValues(1000),
    series: { granularity: 'week', points: [point('2026-03-02', 600), point('2026-03-09', 634)] },
    distributions: {
      timeToRegistration: { edgesSeconds: [0, 3600, 14_400], bins: [10, '<5', 7] },
      timeToDecision: { edgesSeconds: [0, 604_800], bins: [3, 4] },
      urgentTimeToTakeIntoAccount: { edgesSeconds: [0, 1800], bins: [0, 0] },
    },
    ranking: [
      {
        juridictionId: 'tj-blois',
        juridictionNom: 'Tribunal judiciaire de Blois',
        received: 700,
        timeToRegistrationMedianSeconds: 7200,
        urgentWithinTargetShare: 0.75,
        communicatedShare: 0.5,
        transferredShare: null,
      },
    ],
    generatedAt: '2026-03-16T08:00:00.000Z',
    ...overrides,
  };
}
