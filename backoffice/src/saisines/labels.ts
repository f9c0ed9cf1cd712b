import { STATUS_LABELS, type SaisineKind, type SaisineStatus } from '@info-parquet/common';

/**
 * Short kind labels for narrow list columns; the full ones stay in common (SAISINE_KIND_LABELS).
 * Typed by SaisineKind: a new kind in common breaks the build until it gets its short label.
 */
export const SAISINE_KIND_SHORT_LABELS: Record<SaisineKind, string> = {
  signalement_article_40: 'Article 40',
  proces_verbal: 'Procès-verbal',
  plainte: 'Plainte',
  autre: 'Autre',
};

/** Choices for react-admin's inputs, in the order of the workflow. */
export const STATUS_CHOICES = (Object.keys(STATUS_LABELS) as SaisineStatus[]).map((status) => ({
  id: status,
  name: STATUS_LABELS[status],
}));
