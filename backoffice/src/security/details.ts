/** A security event's details in one French line: who acted, on what, from what to what. */
const KEY_LABELS: Record<string, string> = {
  byEmail: 'par',
  action: 'action',
  subject: 'objet',
  path: 'adresse',
  method: 'méthode',
  sessionsEnded: 'sessions fermées',
  wasLockedUntil: 'verrouillé jusqu’au',
  from: 'avant',
  to: 'après',
};
// Identifiers say nothing to a reader; the address next to them does.
const HIDDEN = new Set(['byUserId']);

const text = (value: unknown): string => {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>)
      .filter(([, inner]) => inner !== null && inner !== undefined)
      .map(([key, inner]) => `${key} ${text(inner)}`)
      .join(', ');
  }
  return String(value);
};

export function describeDetails(details: Record<string, unknown> | null | undefined): string {
  if (!details) return '';
  return Object.entries(details)
    .filter(([key]) => !HIDDEN.has(key))
    .map(([key, value]) => `${KEY_LABELS[key] ?? key} : ${text(value)}`)
    .join(' ; ');
}
