/**
 * The words of the acknowledgement of receipt, shared by the on-screen receipt, the e-mail and
 * the PDF. Article numbers are text here, never identifiers (the CPP is being renumbered).
 */
export const ACCUSE_RECEPTION_MENTION_LEGALE =
  'Saisine adressée au procureur de la République en application de l’article 40 du code de procédure pénale. ' +
  'Le procureur décide de la suite à donner (article 40-1) et avise l’autorité qui l’a saisi de sa décision (article 40-2) ; ' +
  'un classement sans suite peut faire l’objet d’un recours auprès du procureur général (article 40-3).';

export const SUIVI_LINK_NOTICE =
  'Ce lien personnel permet de suivre la saisine sans compte : conservez-le et ne le transmettez qu’aux personnes habilitées.';

/** A moment as a French reader expects it, in metropolitan France's time: « 14 septembre 2026 à 10:32:05 ». */
export function formatDateTimeParis(at: Date | string): string {
  const date = typeof at === 'string' ? new Date(at) : at;
  const parts = new Intl.DateTimeFormat('fr-FR', {
    timeZone: 'Europe/Paris',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('day')} ${part('month')} ${part('year')} à ${part('hour')}:${part('minute')}:${part('second')} (heure de Paris)`;
}
