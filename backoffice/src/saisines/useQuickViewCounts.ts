import { useEffect, useState } from 'react';
import { useDataProvider, useListContext } from 'react-admin';
import type { QuickViewCounts } from '@info-parquet/common';
import type { AppDataProvider } from '../providers/dataProvider';

/** Counts follow the court's activity even when the list itself does not change. */
const REFRESH_MS = 30_000;

/**
 * The quick views' counts, fetched again whenever the list's data is (a filter, a refresh, a
 * transition) and every 30 seconds. `undefined` until the first answer; kept on a failed refresh.
 */
export function useQuickViewCounts(): QuickViewCounts | undefined {
  const dataProvider = useDataProvider<AppDataProvider>();
  const { data } = useListContext();
  const [counts, setCounts] = useState<QuickViewCounts>();
  const [tick, setTick] = useState(0);

  useEffect(() => {
    const timer = setInterval(() => setTick((value) => value + 1), REFRESH_MS);
    return () => clearInterval(timer);
  }, []);

  useEffect(() => {
    let current = true;
    dataProvider.quickViewCounts().then(
      (answer) => current && setCounts(answer),
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [dataProvider, data, tick]);

  return counts;
}
