import { useEffect, useState } from 'react';
import type { IndicatorsResponse } from '@info-parquet/common';
import { requestJson } from '../api/http';

export type StatistiquesState = { status: 'loading' } | { status: 'found'; data: IndicatorsResponse } | { status: 'error'; message: string };

/** `GET /api/public/statistiques` for the filters chosen (the server caches each answer a few minutes). */
export function useStatistiques(query: Record<string, string>): StatistiquesState {
  const key = new URLSearchParams(Object.entries(query).filter(([, value]) => value)).toString();
  const [answer, setAnswer] = useState<{ key: string; state: StatistiquesState } | null>(null);
  useEffect(() => {
    const controller = new AbortController();
    requestJson<IndicatorsResponse>(`/api/public/statistiques${key ? `?${key}` : ''}`, { signal: controller.signal }).then(
      (data) => setAnswer({ key, state: { status: 'found', data } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setAnswer({ key, state: { status: 'error', message: error instanceof Error ? error.message : 'Le service est injoignable.' } });
      },
    );
    return () => controller.abort();
  }, [key]);
  return answer?.key === key ? answer.state : { status: 'loading' };
}
