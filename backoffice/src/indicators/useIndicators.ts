import { useQuery } from '@tanstack/react-query';
import { useDataProvider } from 'react-admin';
import type { IndicatorQuery } from '@info-parquet/common';
import type { AppDataProvider } from '../providers/dataProvider';

/** `GET /api/indicators` for the filters on screen; the previous figures stay while new ones load. */
export function useIndicators(query: IndicatorQuery) {
  const dataProvider = useDataProvider<AppDataProvider>();
  return useQuery({
    queryKey: ['indicators', query],
    queryFn: () => dataProvider.indicators(query),
    placeholderData: (previous) => previous,
    staleTime: 60_000,
    // A refusal (4xx) is final: say it at once; a server fault is tried again once.
    retry: (failures, error) => ((error as { status?: number }).status ?? 500) >= 500 && failures < 1,
  });
}
