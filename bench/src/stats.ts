/** Median and 95th percentile of a list of durations in milliseconds (nearest-rank). */
export interface Summary {
  count: number;
  median: number;
  p95: number;
}

export function summarize(samples: number[]): Summary {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))];
  return { count: sorted.length, median: rank(50), p95: rank(95) };
}

export const ms = (value: number) => value.toFixed(1).replace('.', ',');
