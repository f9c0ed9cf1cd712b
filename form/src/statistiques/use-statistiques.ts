import type { IndicatorsResponse } from '@info-parquet/common';
import { useJson, type JsonState } from '../api/use-json';

export type StatistiquesState = JsonState<IndicatorsResponse>;

/** `GET /api/public/statistiques` for the filters chosen (the server caches each answer a few minutes). */
export function useStatistiques(query: Record<string, string>): StatistiquesState {
  const key = new URLSearchParams(Object.entries(query).filter(([, value]) => value)).toString();
  return useJson<IndicatorsResponse>(`/api/public/statistiques${key ? `?${key}` : ''}`);
}
