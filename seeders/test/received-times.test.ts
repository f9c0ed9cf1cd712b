import { DAY, parisWallClock } from '../src/demo/clock';
import { Random } from '../src/demo/random';
import { DEMO_PERIOD_DAYS, receivedTimes } from '../src/demo/received-times';

const NOW = Date.parse('2026-12-07T12:00:00Z');

function perMonth(times: number[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const time of times) {
    const wall = parisWallClock(time);
    const key = `${wall.getUTCFullYear()}-${String(wall.getUTCMonth() + 1).padStart(2, '0')}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  return counts;
}

describe('receivedTimes', () => {
  test('ten years at a steady national rhythm: each full year within 8 % of the mean, August and the end of December quieter', () => {
    const times = receivedTimes(new Random(11), 120_000, NOW, 3652);
    expect(times).toHaveLength(120_000);
    expect(times.every((time, index) => index === 0 || times[index - 1] <= time)).toBe(true);
    expect(NOW - times[0]).toBeLessThanOrEqual(3653 * DAY); // the day drawn, then an hour within it
    const years = new Map<number, number>();
    for (const time of times) years.set(parisWallClock(time).getUTCFullYear(), (years.get(parisWallClock(time).getUTCFullYear()) ?? 0) + 1);
    const full = [2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025].map((year) => years.get(year)!);
    const mean = full.reduce((sum, count) => sum + count, 0) / full.length;
    for (const count of full) expect(Math.abs(count - mean) / mean).toBeLessThan(0.08);
    const months = perMonth(times);
    for (const year of [2020, 2023, 2025]) {
      // August (0.6) against June and September, both full months of weekdays on average.
      const august = months.get(`${year}-08`)!;
      expect(august / months.get(`${year}-06`)!).toBeLessThan(0.75);
      expect(august / months.get(`${year}-09`)!).toBeLessThan(0.75);
    }
  });

  test('over the demo’s 18 months adoption grows: the last six months hold more than the first six', () => {
    const times = receivedTimes(new Random(5), 20_000, NOW, DEMO_PERIOD_DAYS);
    const first = times.filter((time) => time < NOW - (DEMO_PERIOD_DAYS - 183) * DAY).length;
    const last = times.filter((time) => time >= NOW - 183 * DAY).length;
    expect(last / first).toBeGreaterThan(1.8);
  });
});
