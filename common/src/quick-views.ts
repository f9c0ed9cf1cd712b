import { SAISINE_STATUSES, type SaisineStatus } from './statuses';

/**
 * The quick views of the referral list (issue 4): each is a plain list filter, so the tab, the
 * list request and the count (`GET /api/saisines/counts`) always mean the same thing.
 */

/** Not closed: still something to do at the parquet (a closed referral has been communicated). */
export const OPEN_STATUSES: SaisineStatus[] = SAISINE_STATUSES.filter((status) => status !== 'cloturee');

/** The filter a view stands for, in the list's vocabulary (`status`, `urgent`, `assigneeId`). */
export interface QuickViewFilter {
  status: SaisineStatus[];
  urgent?: boolean;
  assigneeId?: string;
}

export const QUICK_VIEW_IDS = [
  'a_traiter',
  'a_enregistrer',
  'urgentes',
  'mes_saisines',
  'non_attribuees',
  'en_attente_complement',
  'decidees_non_communiquees',
] as const;
export type QuickViewId = (typeof QUICK_VIEW_IDS)[number];

export interface QuickView {
  id: QuickViewId;
  label: string;
  filter(user: { id: string }): QuickViewFilter;
}

export const QUICK_VIEWS: QuickView[] = [
  { id: 'a_traiter', label: 'À traiter', filter: () => ({ status: [...OPEN_STATUSES] }) },
  // A transferred referral arrives in its new court with the status `transferee`, to register anew.
  { id: 'a_enregistrer', label: 'À enregistrer', filter: () => ({ status: ['recue', 'transferee'] }) },
  { id: 'urgentes', label: 'Urgentes', filter: () => ({ status: [...OPEN_STATUSES], urgent: true }) },
  { id: 'mes_saisines', label: 'Mes saisines', filter: (user) => ({ status: [...OPEN_STATUSES], assigneeId: user.id }) },
  { id: 'non_attribuees', label: 'Non attribuées', filter: () => ({ status: ['enregistree'] }) },
  { id: 'en_attente_complement', label: 'En attente de complément', filter: () => ({ status: ['complement_demande'] }) },
  { id: 'decidees_non_communiquees', label: 'Décidées non communiquées', filter: () => ({ status: ['decidee'] }) },
];

/** The list opens on this view: everything not closed, in the queue's order (the API's `priority` sort). */
export const DEFAULT_QUICK_VIEW: QuickViewId = 'a_traiter';

export type QuickViewCounts = Record<QuickViewId, number>;

const sameStatuses = (a: readonly string[] | undefined, b: readonly string[]) =>
  Array.isArray(a) && a.length === b.length && b.every((status) => a.includes(status));

/** The view whose filter is exactly `filter` (other keys absent), if any: which tab is selected. */
export function quickViewOf(filter: Record<string, unknown>, user: { id: string }): QuickViewId | undefined {
  const keys = Object.keys(filter).filter((key) => filter[key] !== undefined && filter[key] !== '');
  return QUICK_VIEWS.find((view) => {
    const wanted = view.filter(user);
    const wantedKeys = Object.keys(wanted) as Array<keyof QuickViewFilter>;
    if (keys.length !== wantedKeys.length || !keys.every((key) => (wantedKeys as string[]).includes(key))) return false;
    const status = filter.status;
    return (
      sameStatuses(Array.isArray(status) ? (status as string[]) : typeof status === 'string' ? [status] : undefined, wanted.status) &&
      filter.urgent === wanted.urgent &&
      filter.assigneeId === wanted.assigneeId
    );
  })?.id;
}
