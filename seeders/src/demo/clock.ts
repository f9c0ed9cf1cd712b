/** Times of the demo: French office hours, Paris time without going through Intl (too slow in bulk). */

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

/** Last Sunday of a month, at 01:00 UTC (when France changes time). */
function lastSundayUtc(year: number, month: number): number {
  const last = new Date(Date.UTC(year, month + 1, 0, 1));
  return last.getTime() - last.getUTCDay() * DAY;
}

/** Paris is UTC+2 from the last Sunday of March to the last Sunday of October, else UTC+1. */
export function parisOffset(time: number): number {
  const year = new Date(time).getUTCFullYear();
  return time >= lastSundayUtc(year, 2) && time < lastSundayUtc(year, 9) ? 2 * HOUR : HOUR;
}

/** The wall-clock time in Paris, as a Date whose UTC fields read as Paris time. */
export function parisWallClock(time: number): Date {
  return new Date(time + parisOffset(time));
}

/** `YYYY-MM-DD` in Paris. */
export function parisDate(time: number): string {
  return parisWallClock(time).toISOString().slice(0, 10);
}

/**
 * The year of a reference. 1 January is always in winter time, so this equals the API's
 * `referenceYear` (Intl, Europe/Paris) without its cost.
 */
export function parisYear(time: number): number {
  return new Date(time + HOUR).getUTCFullYear();
}

/** Day of the year in Paris, 1–366. */
export function parisDayOfYear(time: number): number {
  const wall = parisWallClock(time);
  return Math.floor((wall.getTime() - Date.UTC(wall.getUTCFullYear(), 0, 1)) / DAY) + 1;
}

const OPENS = 8.5;
const CLOSES = 18.5;

/**
 * Moves a time into office hours (Monday–Friday, 8:30–18:30 Paris): a clerk who would act at
 * night acts the next working morning, `jitter` minutes after opening.
 */
export function inOfficeHours(time: number, jitterMinutes: number): number {
  let wall = parisWallClock(time);
  const hour = wall.getUTCHours() + wall.getUTCMinutes() / 60;
  const weekday = wall.getUTCDay();
  if (weekday >= 1 && weekday <= 5 && hour >= OPENS && hour < CLOSES) return time;
  let dayStart = Date.UTC(wall.getUTCFullYear(), wall.getUTCMonth(), wall.getUTCDate());
  if (hour >= CLOSES || weekday === 0 || weekday === 6) dayStart += DAY;
  wall = new Date(dayStart);
  while (wall.getUTCDay() === 0 || wall.getUTCDay() === 6) wall = new Date(wall.getTime() + DAY);
  const opening = wall.getTime() + OPENS * HOUR + jitterMinutes * MINUTE;
  return opening - parisOffset(opening);
}
