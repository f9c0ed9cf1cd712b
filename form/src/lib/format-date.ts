import { formatParisShortDateTime as formatParisShort } from '@info-parquet/common';

/** Dates shown to the agent, in French and in French time whatever the browser's zone. */
const dateTimeFormat = new Intl.DateTimeFormat('fr-FR', {
  timeZone: 'Europe/Paris',
  dateStyle: 'full',
  timeStyle: 'short',
});

/** "lundi 14 septembre 2026 à 10:32" */
export function formatParisDateTime(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : dateTimeFormat.format(date);
}

/** "14/09/2026 10:32": common's rule, the same as the back-office's. */
export function formatParisShortDateTime(iso: string): string {
  return formatParisShort(iso) || iso;
}
