import simpleRestProvider from 'ra-data-simple-rest';
import type { DataProvider } from 'react-admin';
import type { BulkTransitionResult, IndicatorQuery, IndicatorsResponse, QuickViewCounts } from '@info-parquet/common';
import { readCsvWithProgress } from './csv-stream';
import { createHttpClient } from './httpClient';
import type { SessionStore } from './session';

/** What `POST /api/saisines/:id/transitions` takes: the target status, the version seen, the fields. */
export interface TransitionRequest {
  to: string;
  version: number;
  [field: string]: unknown;
}

/** The data provider of the back-office: ra-data-simple-rest plus the workflow's call and the quick views' counts. */
export interface AppDataProvider extends DataProvider {
  transition(id: string, body: TransitionRequest): Promise<{ data: Record<string, unknown> }>;
  /** `POST /api/saisines/:id/prise-en-compte`: an urgent referral is taken into account. */
  takeIntoAccount(id: string): Promise<{ data: Record<string, unknown> }>;
  /** `GET /api/indicators`: the impact indicators in the reader's scope. */
  indicators(query: IndicatorQuery): Promise<IndicatorsResponse>;
  /** `GET /api/saisines/counts`: the live count of each quick view for the signed-in user. */
  quickViewCounts(): Promise<QuickViewCounts>;
  /** `POST /api/saisines/bulk-transitions`: one transition on many referrals, each outcome reported. */
  bulkTransition(body: BulkTransitionRequest): Promise<{ results: BulkTransitionResult[] }>;
  /** `GET /api/saisines/export.csv`: the list's filter and sort as a CSV file. */
  exportSaisinesCsv(params: CsvExportRequest): Promise<Blob>;
}

export interface CsvExportRequest {
  filter: Record<string, unknown>;
  sort: { field: string; order: string };
  /** Cancels the download (the promise then rejects with an `AbortError`). */
  signal?: AbortSignal;
  /** The data rows received so far, as the file streams in. */
  onRows?: (rows: number) => void;
}

/** Either the selected ids, or the list's filter ("all N matching"), at most 1 000 referrals. */
export interface BulkTransitionRequest {
  ids?: Array<string | number>;
  filter?: Record<string, unknown>;
  to: string;
  assigneeId?: string;
}

/** The API speaks ra-data-simple-rest exactly (`sort`/`range`/`filter`, `Content-Range`). */
export function createDataProvider(session: SessionStore, apiUrl = '/api'): AppDataProvider {
  const httpClient = createHttpClient(session);
  const simpleRest = simpleRestProvider(apiUrl, httpClient);
  return {
    ...simpleRest,
    // `Content-Range: saisines 0-24/*` (a total past the API's bound, LIST_COUNT_BOUND, is not
    // counted, and more rows follow the page) reads as no number: react-admin then pages on
    // « is there a next page », and says « 1-25 sur plus de 10 000 ».
    async getList(resource, params) {
      const result = await simpleRest.getList(resource, params);
      if (result.total === undefined || !Number.isNaN(result.total)) return result;
      return { data: result.data, pageInfo: { hasNextPage: true, hasPreviousPage: (params.pagination?.page ?? 1) > 1 } };
    },
    // Errors come back as react-admin HttpErrors: the API's French message, and `body.errors` per field.
    async transition(id, body) {
      const { json } = await httpClient(`${apiUrl}/saisines/${encodeURIComponent(id)}/transitions`, {
        method: 'POST',
        body: JSON.stringify(body),
      });
      return { data: json as Record<string, unknown> };
    },
    async takeIntoAccount(id) {
      const { json } = await httpClient(`${apiUrl}/saisines/${encodeURIComponent(id)}/prise-en-compte`, { method: 'POST', body: '{}' });
      return { data: json as Record<string, unknown> };
    },
    async indicators(query) {
      const search = new URLSearchParams(Object.entries(query).filter(([, value]) => value !== undefined && value !== '').map(([key, value]) => [key, String(value)]));
      const { json } = await httpClient(`${apiUrl}/indicators?${search}`);
      return json as IndicatorsResponse;
    },
    async quickViewCounts() {
      const { json } = await httpClient(`${apiUrl}/saisines/counts`);
      return json as QuickViewCounts;
    },
    async bulkTransition(body) {
      const { json } = await httpClient(`${apiUrl}/saisines/bulk-transitions`, { method: 'POST', body: JSON.stringify(body) });
      return json as { results: BulkTransitionResult[] };
    },
    async exportSaisinesCsv({ filter, sort, signal, onRows = () => undefined }) {
      const query = new URLSearchParams({ filter: JSON.stringify(filter), sort: JSON.stringify([sort.field, sort.order]) });
      const response = await fetch(`${apiUrl}/saisines/export.csv?${query}`, { credentials: 'include', signal });
      if (!response.ok) {
        const body = (await response.json().catch(() => ({}))) as { message?: string };
        throw new Error(body.message ?? 'L’export n’a pas abouti. Réessayez dans quelques instants.');
      }
      return readCsvWithProgress(response, onRows, signal);
    },
  };
}
