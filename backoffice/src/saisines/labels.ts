import { STATUS_LABELS, type SaisineStatus } from '@info-parquet/common';

/** Choices for react-admin's inputs, in the order of the workflow. */
export const STATUS_CHOICES = (Object.keys(STATUS_LABELS) as SaisineStatus[]).map((status) => ({
  id: status,
  name: STATUS_LABELS[status],
}));
