import type { DurationValue, MaskedCount, ShareValue } from './contract';
import { SMALL_COUNT_THRESHOLD } from './definitions';

/**
 * The « < 5 » rule: outside the court itself (national figures, other courts, the public page), a
 * count of 1 to 4 is shown `"<5"`, and a share or a duration computed over such a count is not
 * shown at all (a median of three delays is three people's delays).
 */
export const isSmall = (count: number) => count > 0 && count < SMALL_COUNT_THRESHOLD;

export function maskCount(count: number, masked: boolean): MaskedCount {
  return masked && isSmall(count) ? '<5' : count;
}

/** A share; hidden (null) when there is nothing to divide, or when either side is small and masked. */
export function shareOf(numerator: number, denominator: number, masked: boolean): ShareValue {
  const hidden = masked && (isSmall(numerator) || isSmall(denominator));
  return {
    value: denominator === 0 || hidden ? null : numerator / denominator,
    numerator: maskCount(numerator, masked),
    denominator: maskCount(denominator, masked),
  };
}

/** A share alone (series, ranking): the same rule, the value only. */
export function shareValue(numerator: number, denominator: number, masked: boolean): number | null {
  return shareOf(numerator, denominator, masked).value;
}

export function durationOf(count: number, medianSeconds: number | null, p90Seconds: number | null, masked: boolean): DurationValue {
  const hidden = count === 0 || (masked && isSmall(count));
  return {
    medianSeconds: hidden || medianSeconds === null ? null : Math.round(medianSeconds),
    p90Seconds: hidden || p90Seconds === null ? null : Math.round(p90Seconds),
    count: maskCount(count, masked),
  };
}
