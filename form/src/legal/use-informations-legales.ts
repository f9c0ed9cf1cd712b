import type { InformationsLegales } from '@info-parquet/common';
import { useJson, type JsonState } from '../api/use-json';

export type InformationsLegalesState = JsonState<InformationsLegales>;

/** `GET /api/public/informations-legales`: who publishes and hosts the service, its data controller, its retention. */
export const useInformationsLegales = (): InformationsLegalesState => useJson<InformationsLegales>('/api/public/informations-legales');
