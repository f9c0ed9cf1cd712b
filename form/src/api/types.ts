/**
 * What the public API answers: the shapes of common's public contract (common/src/contract), the
 * same the API builds its answers with and the OpenAPI document (/api/openapi.json) publishes.
 */
export type {
  Commune,
  JuridictionResume as JuridictionSummary,
  JuridictionPublique,
  Routage,
  SaisineReceipt,
  PieceJointe,
  Suivi,
  SuiviMessage,
} from '@info-parquet/common';
import type { ApiError } from '@info-parquet/common';

/** An error answer as the browser may get it: a non-JSON body (a proxy's page) gives `{}`. */
export type ApiErrorBody = Partial<ApiError>;
