import { OPEN_STATUSES, QUICK_VIEWS } from '@info-parquet/common';

/**
 * What the bench measures: the referral list as the back-office asks for it (default view,
 * each quick view of issue 4, full-text search, a deep page) and the show page, for the clerks
 * and a prosecutor of the busiest court.
 */
export interface Scenario {
  name: string;
  email: string;
  /** Path under /api, built once the users and a referral id are known. */
  path(context: ScenarioContext): string;
}

export interface ScenarioContext {
  userIds: Record<string, string>;
  showId: string;
}

const CLERK = 'greffier.paris@justice.test';
const PROSECUTOR = 'magistrat.paris@justice.test';

const list = (filter: Record<string, unknown>, range: [number, number] = [0, 24], sort: [string, string] = ['priority', 'ASC']) =>
  `/saisines?${new URLSearchParams({
    sort: JSON.stringify(sort),
    range: JSON.stringify(range),
    filter: JSON.stringify(filter),
  })}`;

export const SCENARIOS: Scenario[] = [
  { name: 'liste par défaut « à traiter » (urgentes puis plus anciennes)', email: CLERK, path: () => list({ status: OPEN_STATUSES }) },
  { name: 'compteurs des vues rapides', email: CLERK, path: () => '/saisines/counts' },
  // Each quick view exactly as the back-office asks for it (common/quick-views.ts).
  ...QUICK_VIEWS.filter((view) => view.id !== 'a_traiter').map(
    (view): Scenario => ({
      name: `vue « ${view.label.toLowerCase()} »`,
      email: view.id === 'mes_saisines' ? PROSECUTOR : CLERK,
      path: (c) => list({ ...view.filter({ id: c.userIds[PROSECUTOR] }) }),
    }),
  ),
  { name: 'recherche plein texte « fraude fiscale »', email: CLERK, path: () => list({ q: 'fraude fiscale' }) },
  { name: 'recherche d’un nom « martin »', email: CLERK, path: () => list({ q: 'martin' }) },
  { name: 'page profonde (saisines 2000 à 2024, par date)', email: CLERK, path: () => list({}, [2000, 2024], ['receivedAt', 'DESC']) },
  { name: 'fiche d’une saisine', email: CLERK, path: (c) => `/saisines/${c.showId}` },
];
