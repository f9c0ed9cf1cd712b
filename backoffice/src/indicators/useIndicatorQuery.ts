import { useMemo } from 'react';
import { useSearchParams } from 'react-router-dom';
import type { IndicatorQuery } from '@info-parquet/common';

const KEYS = ['from', 'to', 'juridictionId', 'administrationKind', 'administrationId', 'kind', 'granularity'] as const;

/**
 * The dashboard's filters live in the address (`?from=…&juridictionId=…`): a view can be
 * bookmarked, shared, and the browser's back button undoes a filter. Absent keys take the API's defaults.
 */
export function useIndicatorQuery(): [IndicatorQuery, (changes: Partial<Record<keyof IndicatorQuery, string | undefined>>) => void] {
  const [params, setParams] = useSearchParams();
  const query = useMemo(() => {
    const result: Record<string, string | number> = {};
    for (const key of KEYS) {
      const value = params.get(key);
      if (value) result[key] = key === 'administrationId' ? Number(value) : value;
    }
    return result as IndicatorQuery;
  }, [params]);
  const update = (changes: Partial<Record<keyof IndicatorQuery, string | undefined>>) => {
    setParams((current) => {
      const next = new URLSearchParams(current);
      for (const [key, value] of Object.entries(changes)) {
        if (value) next.set(key, value);
        else next.delete(key);
      }
      return next;
    });
  };
  return [query, update];
}
