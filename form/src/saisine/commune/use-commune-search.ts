import { useEffect, useState } from 'react';
import { searchCommunes } from '../../api/public-api';
import { communeLabel } from '@info-parquet/common';
import type { Commune } from '../../api/types';

export const MIN_QUERY_LENGTH = 2;
const DEBOUNCE_MS = 250;

export type CommuneSearch =
  | { status: 'idle' | 'loading'; communes: Commune[] }
  | { status: 'done' | 'error'; communes: Commune[] };

interface Answer {
  query: string;
  status: 'done' | 'error';
  communes: Commune[];
}

/** Communes matching what the agent typed (name or postal code), debounced; stale answers are dropped. */
export function useCommuneSearch(text: string, enabled: boolean): CommuneSearch {
  const query = text.trim();
  const active = enabled && query.length >= MIN_QUERY_LENGTH;
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    if (!active) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      searchCommunes(query, controller.signal).then(
        (communes) => setAnswer({ query, status: 'done', communes }),
        () => {
          if (!controller.signal.aborted) setAnswer({ query, status: 'error', communes: [] });
        },
      );
    }, DEBOUNCE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [query, active]);

  if (!active) return { status: 'idle', communes: [] };
  if (answer?.query !== query) return { status: 'loading', communes: [] };
  return answer;
}

/** "Blois (41000)", "Paris (75001…)": the rule of common's `communeLabel`. */
export function formatCommune(commune: Commune): string {
  return communeLabel(commune.nom, commune.codesPostaux, commune.departementCode);
}
