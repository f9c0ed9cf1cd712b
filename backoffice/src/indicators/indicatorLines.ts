import {
  CHANNEL_LABELS,
  DECISION_LABELS,
  formatCount,
  formatDuration,
  formatShare,
  NOT_AVAILABLE,
  type DurationValue,
  type IndicatorId,
  type IndicatorValues,
  type ShareValue,
} from '@info-parquet/common';

/** One figure of an indicator's card: its name and how to read it from a period's values. */
export interface IndicatorLine {
  label: string;
  read(values: IndicatorValues): string;
}

/** « 43 % (3 / 7) »; a hidden share keeps its masked counts: « — (< 5 / < 5) ». */
const share = (value: ShareValue) =>
  value.denominator === 0 ? NOT_AVAILABLE : `${formatShare(value.value)} (${formatCount(value.numerator)} / ${formatCount(value.denominator)})`;
const delay = (value: DurationValue, which: 'medianSeconds' | 'p90Seconds') => formatDuration(value[which]);

/** The figures of each indicator's card, in the order of the definitions. */
export const INDICATOR_LINES: Record<IndicatorId, IndicatorLine[]> = {
  timeToRegistration: [
    { label: 'Médiane', read: (v) => delay(v.timeToRegistration, 'medianSeconds') },
    { label: '90e centile', read: (v) => delay(v.timeToRegistration, 'p90Seconds') },
    { label: 'Saisines enregistrées', read: (v) => formatCount(v.timeToRegistration.count) },
  ],
  automaticAcknowledgement: [{ label: 'En moins de 5 minutes', read: (v) => share(v.automaticAcknowledgement) }],
  urgentVisibility: [
    { label: 'Prises en compte dans le délai cible', read: (v) => share(v.urgentVisibility.withinTarget) },
    { label: 'Délai médian de prise en compte', read: (v) => delay(v.urgentVisibility.timeToTakeIntoAccount, 'medianSeconds') },
  ],
  decisionFeedback: [
    { label: 'Décisions communiquées', read: (v) => share(v.decisionFeedback.communicated) },
    { label: 'Délai médian de communication', read: (v) => delay(v.decisionFeedback.delay, 'medianSeconds') },
  ],
  timeToDecision: [
    { label: 'Toutes décisions (médiane)', read: (v) => delay(v.timeToDecision.all, 'medianSeconds') },
    { label: 'Toutes décisions (90e centile)', read: (v) => delay(v.timeToDecision.all, 'p90Seconds') },
    ...(Object.entries(DECISION_LABELS) as Array<[keyof typeof DECISION_LABELS, string]>).map(([decision, label]) => ({
      label: `${label} (médiane, effectif)`,
      read: (v: IndicatorValues) => `${delay(v.timeToDecision[decision], 'medianSeconds')} (${formatCount(v.timeToDecision[decision].count)})`,
    })),
  ],
  firstTimeCompleteness: [{ label: 'Sans demande de complément', read: (v) => share(v.firstTimeCompleteness) }],
  misrouting: [
    { label: 'Transférées', read: (v) => share(v.misrouting.transferred) },
    {
      label: 'Principales destinations',
      read: (v) =>
        v.misrouting.destinations.length === 0
          ? 'aucune'
          : v.misrouting.destinations
              .slice(0, 3)
              .map((row) => `${row.juridictionNom} (${formatCount(row.count)})`)
              .join(', '),
    },
  ],
  selfServiceFollowUp: [
    { label: 'Lien de suivi ouvert', read: (v) => share(v.selfServiceFollowUp.opened) },
    {
      label: 'Consultations par saisine',
      read: (v) => (v.selfServiceFollowUp.consultationsPerSaisine === null ? NOT_AVAILABLE : v.selfServiceFollowUp.consultationsPerSaisine.toLocaleString('fr-FR', { maximumFractionDigits: 1 })),
    },
  ],
  adoption: [
    { label: 'Saisines reçues', read: (v) => formatCount(v.received) },
    ...(Object.entries(CHANNEL_LABELS) as Array<[keyof typeof CHANNEL_LABELS, string]>).map(([channel, label]) => ({
      label,
      read: (v: IndicatorValues) => formatCount(v.adoption.byChannel[channel]),
    })),
    { label: 'Part saisie depuis le papier ou un courriel', read: (v) => share(v.adoption.enteredFromPaper) },
    { label: 'Administrations actives', read: (v) => formatCount(v.adoption.activeAdministrations) },
    { label: 'Juridictions actives', read: (v) => formatCount(v.adoption.activeJuridictions) },
  ],
};
