import { lazy } from 'react';
import { Admin, Resource, type AuthProvider, type DataProvider, type Store } from 'react-admin';
import { LoginPage } from './layout/LoginPage';
import { LiveLayout } from './saisines/live/LiveLayout';
import { accountRoutes } from './account/routes';
import { i18nProvider } from './providers/i18nProvider';
import saisines from './saisines';
import users from './users';
import juridictions from './juridictions';
import administrations from './administrations';
import outbox from './outbox';
import securityEvents from './security';
import indicators from './indicators';
import { theme } from './theme/theme';

const Dashboard = lazy(() => import('./dashboard/Dashboard'));

export interface AdminAppProps {
  authProvider: AuthProvider;
  dataProvider: DataProvider;
  /** Where list settings live; App passes the one that follows the user (providers/preferencesStore.ts). */
  store?: Store;
}

/**
 * The back-office inside whatever router hosts it. The menu lists only the resources that
 * `authProvider.canAccess` allows (react-admin's default menu asks it for each resource).
 */
export const AdminApp = ({ authProvider, dataProvider, store }: AdminAppProps) => (
  <Admin
    disableTelemetry
    requireAuth
    title="Info Parquet"
    authProvider={authProvider}
    dataProvider={dataProvider}
    store={store}
    i18nProvider={i18nProvider}
    theme={theme}
    loginPage={LoginPage}
    layout={LiveLayout}
    dashboard={Dashboard}
  >
    {accountRoutes}
    <Resource name="saisines" {...saisines} />
    <Resource name="indicators" {...indicators} />
    <Resource name="users" {...users} />
    <Resource name="juridictions" {...juridictions} />
    <Resource name="administrations" {...administrations} />
    <Resource name="outbox" {...outbox} />
    <Resource name="security-events" {...securityEvents} />
  </Admin>
);
