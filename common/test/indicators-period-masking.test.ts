import {
  checkIndicatorPeriod,
  defaultIndicatorPeriod,
  durationOf,
  maskCount,
  previousPeriod,
  seriesStarts,
  shareOf,
  stepStart,
} from '../src';

test('the default period is the last 13 weeks, today included; the previous one has the same length', () => {
  expect(defaultIndicatorPeriod('2026-12-07')).toEqual({ from: '2026-09-08', to: '2026-12-07' });
  expect(previousPeriod({ from: '2026-03-02', to: '2026-03-15' })).toEqual({ from: '2026-02-16', to: '2026-03-01' });
  // Across a leap day: 1 to 31 March 2028 (31 days) follows 30 January to 29 February.
  expect(previousPeriod({ from: '2028-03-01', to: '2028-03-31' })).toEqual({ from: '2028-01-30', to: '2028-02-29' });
});

test('series steps: Mondays, or firsts of the month, covering the period', () => {
  expect(stepStart('2026-03-15', 'week')).toBe('2026-03-09');
  expect(stepStart('2026-03-09', 'week')).toBe('2026-03-09');
  expect(seriesStarts({ from: '2026-03-04', to: '2026-03-16' }, 'week')).toEqual(['2026-03-02', '2026-03-09', '2026-03-16']);
  expect(seriesStarts({ from: '2026-11-15', to: '2027-02-01' }, 'month')).toEqual(['2026-11-01', '2026-12-01', '2027-01-01', '2027-02-01']);
});

test('period errors in French, per field', () => {
  expect(checkIndicatorPeriod('2026-03-01', '2026-03-01')).toEqual({});
  expect(checkIndicatorPeriod('2026-02-29', '2026-03-01')).toEqual({ from: expect.stringMatching(/date valide/) });
  expect(checkIndicatorPeriod('2026-03-02', '2026-03-01')).toEqual({ to: expect.stringMatching(/postérieure/) });
  expect(checkIndicatorPeriod('2023-01-01', '2026-03-01')).toEqual({ to: expect.stringMatching(/trois ans/) });
});

test('the « < 5 » rule: counts of 1 to 4 hidden outside the court, shares and delays over them not shown', () => {
  expect([0, 1, 4, 5].map((n) => maskCount(n, true))).toEqual([0, '<5', '<5', 5]);
  expect(maskCount(3, false)).toBe(3);
  expect(shareOf(3, 10, true)).toEqual({ value: null, numerator: '<5', denominator: 10 });
  expect(shareOf(6, 10, true)).toEqual({ value: 0.6, numerator: 6, denominator: 10 });
  expect(shareOf(3, 10, false)).toEqual({ value: 0.3, numerator: 3, denominator: 10 });
  expect(shareOf(0, 0, false)).toEqual({ value: null, numerator: 0, denominator: 0 });
  expect(durationOf(4, 100.4, 200.6, true)).toEqual({ medianSeconds: null, p90Seconds: null, count: '<5' });
  expect(durationOf(4, 100.4, 200.6, false)).toEqual({ medianSeconds: 100, p90Seconds: 201, count: 4 });
});

test('figures in French: counts, shares, delays, masked cells, CSV', async () => {
  const { formatCount, formatShare, formatDuration, formatDurationRange, toCsv } = await import('../src');
  expect(formatCount('<5')).toBe('< 5');
  expect(formatCount(12345).replace(/\s/g, ' ')).toBe('12 345');
  expect([formatShare(null), formatShare(0.4286), formatShare(0.054), formatShare(0)]).toEqual(['—', '43 %', '5,4 %', '0 %']);
  expect([formatDuration(2_700), formatDuration(3.5 * 3600), formatDuration(12 * 86_400), formatDuration(null)]).toEqual(['45 min', '3,5 h', '12 j', '—']);
  expect([formatDurationRange(0, 3600), formatDurationRange(3600, 14_400), formatDurationRange(86_400 * 30, undefined)]).toEqual([
    'moins de 1 h',
    '1 h à 4 h',
    '30 j et plus',
  ]);
  expect(toCsv(['Semaine', 'Texte'], [['2026-03-02', 'a;b'], ['2026-03-09', '=SUM(A1)']])).toBe(
    '\uFEFFSemaine;Texte\r\n2026-03-02;"a;b"\r\n2026-03-09;\'=SUM(A1)\r\n',
  );
});
