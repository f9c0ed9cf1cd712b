import { EVENT_TYPE_LABELS, STATUS_LABELS, type SaisineStatus } from '@info-parquet/common';
import type { SaisineEvent } from '../types';

const statusLabel = (status: SaisineStatus) => STATUS_LABELS[status] ?? status;

/** What happened, in French: "Changement de statut", "Reçue → Enregistrée", plus any detail. */
export function describeEvent(event: SaisineEvent): { title: string; change: string | null; detail: string | null } {
  const title = EVENT_TYPE_LABELS[event.type] ?? event.type;
  let change: string | null = null;
  if (event.fromStatus && event.toStatus) change = `${statusLabel(event.fromStatus)} → ${statusLabel(event.toStatus)}`;
  // « Saisine reçue » already says it is « Reçue »; any other first status is worth saying.
  else if (event.toStatus && !(event.type === 'creation' && event.toStatus === 'recue')) change = statusLabel(event.toStatus);

  const payload = event.payload ?? {};
  const details = [
    event.reason,
    typeof payload.message === 'string' ? payload.message : null,
    typeof payload.numeroParquet === 'string' ? `Numéro parquet : ${payload.numeroParquet}` : null,
    typeof payload.assigneeLabel === 'string' ? `Attribuée à ${payload.assigneeLabel}` : null,
    typeof payload.juridictionNom === 'string' ? `Vers : ${payload.juridictionNom}` : null,
    typeof payload.onBehalfOfLabel === 'string' ? `Pour le compte de ${payload.onBehalfOfLabel}` : null,
    typeof payload.originalName === 'string' ? payload.originalName : null,
  ].filter((text): text is string => Boolean(text));
  return { title, change, detail: details.length ? details.join(' — ') : null };
}
