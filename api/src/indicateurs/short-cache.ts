/**
 * Figures kept for a few minutes per query: the public page's answers (anyone may ask, so the
 * same figures are not recomputed for every visitor) and the national figures shown beside every
 * court's (the same for all courts). Concurrent asks of one key share one computation;
 * a failure is not kept; the number of keys is bounded (the oldest goes first).
 */
export function createShortCache<T>(ttlMs: number, maxEntries = 200) {
  const entries = new Map<string, { expires: number; value: Promise<T> }>();
  return {
    get(key: string, compute: () => Promise<T>): Promise<T> {
      const now = Date.now();
      const hit = entries.get(key);
      if (hit && hit.expires > now) return hit.value;
      entries.delete(key);
      const value = compute();
      entries.set(key, { expires: now + ttlMs, value });
      value.catch(() => entries.delete(key));
      while (entries.size > maxEntries) entries.delete(entries.keys().next().value as string);
      return value;
    },
  };
}
