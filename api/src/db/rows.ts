/** Column names seen so far and their camelCase: lists convert the same few keys thousands of times. */
const camelNames = new Map<string, string>();

function camelName(key: string): string {
  let name = camelNames.get(key);
  if (name === undefined) {
    name = key.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
    // Bounded: column names come from our own SQL, but never let a cache grow without limit.
    if (camelNames.size < 10_000) camelNames.set(key, name);
  }
  return name;
}

/** Raw SQL rows come in snake_case; the API speaks camelCase. */
export function camelCaseKeys<T = Record<string, unknown>>(row: Record<string, unknown>): T {
  const result: Record<string, unknown> = {};
  for (const key in row) result[camelName(key)] = row[key];
  return result as T;
}

/** A `timestamptz` as the contract carries it (ISO 8601, UTC). */
export const isoTime = (value: Date): string => value.toISOString();
export const isoTimeOrNull = (value: Date | null): string | null => (value === null ? null : value.toISOString());
