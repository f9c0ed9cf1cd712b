import {
  ADMINISTRATION_KIND_LABELS,
  CHANNEL_LABELS,
  CLASSEMENT_REASON_LABELS,
  DECISION_LABELS,
  SAISINE_KIND_SHORT_LABELS,
  STATUS_LABELS,
} from '@info-parquet/common';

/** One referral as the export's SELECT gives it: dates already written in Paris time. */
export interface ExportRow {
  /** Not a column of the file: what the read log records. */
  id: string;
  reference: string;
  received_at: string;
  status: string;
  urgent: boolean;
  urgency_reason: string | null;
  kind: string;
  channel: string;
  juridiction_nom: string;
  sender_administration: string | null;
  sender_administration_kind: string | null;
  facts_commune_nom: string | null;
  qualification: string | null;
  numero_parquet: string | null;
  assignee_name: string | null;
  registered_at: string | null;
  decided_at: string | null;
  decision: string | null;
  classement_reason: string | null;
}

const parisDate = (column: string, alias: string) => `to_char(${column} AT TIME ZONE 'Europe/Paris', 'DD/MM/YYYY HH24:MI') AS ${alias}`;

/** The export's columns over SAISINE_LIST_FROM (alias `s`, `j`, `c`, `u`). */
export const EXPORT_SELECT = `s.id, s.reference, ${parisDate('s.received_at', 'received_at')}, s.status, s.urgent, s.urgency_reason,
  s.kind, s.channel, j.nom AS juridiction_nom, s.sender_administration, s.sender_administration_kind,
  c.nom AS facts_commune_nom, s.qualification, s.numero_parquet, u.display_name AS assignee_name,
  ${parisDate('s.registered_at', 'registered_at')}, ${parisDate('s.decided_at', 'decided_at')}, s.decision, s.classement_reason`;

const label = (labels: Record<string, string>, value: string | null) => (value === null ? '' : (labels[value] ?? value));

/** French headers and their cells, in the order of the file. */
export const EXPORT_COLUMNS: ReadonlyArray<[header: string, cell: (row: ExportRow) => string | null]> = [
  ['Référence', (row) => row.reference],
  ['Reçue le (Europe/Paris)', (row) => row.received_at],
  ['Statut', (row) => label(STATUS_LABELS, row.status)],
  ['Urgente', (row) => (row.urgent ? 'oui' : 'non')],
  ['Motif d’urgence', (row) => row.urgency_reason],
  ['Type', (row) => label(SAISINE_KIND_SHORT_LABELS, row.kind)],
  ['Canal', (row) => label(CHANNEL_LABELS, row.channel)],
  ['Juridiction', (row) => row.juridiction_nom],
  ['Administration', (row) => row.sender_administration],
  ['Type d’administration', (row) => label(ADMINISTRATION_KIND_LABELS, row.sender_administration_kind)],
  ['Commune', (row) => row.facts_commune_nom],
  ['Qualification', (row) => row.qualification],
  ['N° parquet', (row) => row.numero_parquet],
  ['Attribuée à', (row) => row.assignee_name],
  ['Enregistrée le (Europe/Paris)', (row) => row.registered_at],
  ['Décidée le (Europe/Paris)', (row) => row.decided_at],
  ['Décision', (row) => label(DECISION_LABELS, row.decision)],
  ['Motif de classement', (row) => label(CLASSEMENT_REASON_LABELS, row.classement_reason)],
];
