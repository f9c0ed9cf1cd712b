import { SECURITY_EVENT_DETAIL_LABELS, SECURITY_EVENT_DETAIL_VALUE_LABELS } from '@info-parquet/common';
import { formatDateTime } from '../format';

// Identifiers say nothing to a reader; the address next to them does.
const HIDDEN = new Set(['byUserId']);
const INSTANTS = new Set(['lockedUntil', 'wasLockedUntil']);

// Own keys only: a detail named like an Object method must not pick up its function.
const own = <T>(labels: Record<string, T> | undefined, key: string): T | undefined =>
  labels && Object.hasOwn(labels, key) ? labels[key] : undefined;
const label = (key: string) => own(SECURITY_EVENT_DETAIL_LABELS, key) ?? key;

/** One value in French: known codes by their label, instants in Paris time, anything else as it is. */
const text = (key: string, value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (value === true) return 'oui';
  if (value === false) return 'non';
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== null && inner !== undefined)
      .map(([innerKey, inner]) => `${label(innerKey)} ${text(innerKey, inner)}`)
      .join(', ');
  }
  if (INSTANTS.has(key) && typeof value === 'string') return formatDateTime(value) || value;
  if (key === 'retryAfterSeconds' && typeof value === 'number') return `${value} s`;
  return own(own(SECURITY_EVENT_DETAIL_VALUE_LABELS, key), String(value)) ?? String(value);
};

/** A security event's details in one French line: who acted, on what, from what to what. */
export function describeDetails(details: Record<string, unknown> | null | undefined): string {
  if (!details) return '';
  return Object.entries(details)
    .filter(([key]) => !HIDDEN.has(key))
    .map(([key, value]) => `${label(key)} : ${text(key, value)}`)
    .join(' ; ');
}
