import { DAY, HOUR, MINUTE, parisOffset, parisWallClock } from './clock';
import type { Random } from './random';

/** The demo data's span: the last 18 months. */
export const DEMO_PERIOD_DAYS = 548;

/** Fewer referrals when offices empty: August, and the days between Christmas and New Year. */
export function seasonalWeight(wall: Date): number {
  if (wall.getUTCMonth() === 7) return 0.6;
  if (wall.getUTCMonth() === 11 && wall.getUTCDate() >= 24) return 0.5;
  return 1;
}

/**
 * Reception times over the last `periodDays` days (18 months by default; the benches ask for ten
 * years at the national rhythm), sorted: over the demo's 18 months more referrals lately (adoption
 * grows), over a longer history a steady rhythm; fewer in August and at Christmas, few at
 * weekends, most in office hours (forms sent by other software arrive at any hour).
 */
export function receivedTimes(random: Random, count: number, now: number, periodDays = DEMO_PERIOD_DAYS): number[] {
  const times: number[] = [];
  const growing = periodDays <= DEMO_PERIOD_DAYS;
  while (times.length < count) {
    const daysBack = random.next() * periodDays;
    const adoption = growing ? 0.35 + 0.65 * (1 - daysBack / periodDays) : 1;
    const wall = parisWallClock(now - daysBack * DAY);
    if (random.next() > adoption * seasonalWeight(wall)) continue;
    const weekday = wall.getUTCDay();
    if ((weekday === 0 || weekday === 6) && random.chance(0.85)) continue;
    const hours = random.chance(0.85) ? 8.5 + random.next() * 10 : random.next() * 24;
    const wallTime = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate()) + hours * HOUR;
    const time = Math.round(wallTime - parisOffset(wallTime));
    if (time > now - MINUTE) continue;
    times.push(time);
  }
  return times.sort((a, b) => a - b);
}
