/**
 * The referrals as the API answers them (common's contract): a row of `GET /api/saisines`, the
 * detail of `GET /api/saisines/:id` and its parts. Instants are ISO strings, calendar dates `YYYY-MM-DD`.
 */
export type {
  AvailableTransition,
  EventChain,
  SaisineAttachment,
  SaisineDetail,
  SaisineEvent,
  SaisineListRecord,
  SaisinePerson,
} from '@info-parquet/common';
