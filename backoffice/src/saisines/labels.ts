import { STATUS_LABELS } from '@info-parquet/common';

/** Choices for react-admin's inputs from one of common's label tables, in the table's order. */
export const choicesOf = <K extends string>(labels: Record<K, string>) =>
  (Object.keys(labels) as K[]).map((id) => ({ id, name: labels[id] }));

/** Statuses in the order of the workflow. */
export const STATUS_CHOICES = choicesOf(STATUS_LABELS);
