import { useEffect, useState } from 'react';
import type { InformationsLegales } from '@info-parquet/common';
import { requestJson } from '../api/http';

export type InformationsLegalesState = { status: 'loading' } | { status: 'found'; data: InformationsLegales } | { status: 'error'; message: string };

/** `GET /api/public/informations-legales`: who publishes and hosts the service, its data controller, its retention. */
export function useInformationsLegales(): InformationsLegalesState {
  const [state, setState] = useState<InformationsLegalesState>({ status: 'loading' });
  useEffect(() => {
    const controller = new AbortController();
    requestJson<InformationsLegales>('/api/public/informations-legales', { signal: controller.signal }).then(
      (data) => setState({ status: 'found', data }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState({ status: 'error', message: error instanceof Error ? error.message : 'Le service est injoignable.' });
      },
    );
    return () => controller.abort();
  }, []);
  return state;
}
