import { DAY, HOUR, MINUTE, parisOffset, parisWallClock } from './clock';
import type { Random } from './random';

/** The demo data's span: the last 18 months. */
export const DEMO_PERIOD_DAYS = 548;

/**
 * Reception times over the last `periodDays` days (18 months by default; the indicators' bench
 * asks for ten years), sorted: more referrals lately (adoption grows), few at weekends, most in
 * office hours (forms sent by other software arrive at any hour).
 */
export function receivedTimes(random: Random, count: number, now: number, periodDays = DEMO_PERIOD_DAYS): number[] {
  const times: number[] = [];
  while (times.length < count) {
    const daysBack = random.next() * periodDays;
    if (random.next() > 0.35 + 0.65 * (1 - daysBack / periodDays)) continue;
    const wall = parisWallClock(now - daysBack * DAY);
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
