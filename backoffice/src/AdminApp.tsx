import { lazy } from 'react';
import { Admin, Resource, type AuthProvider, type DataProvider } from 'react-admin';
import { LoginPage } from './layout/LoginPage';
import { i18nProvider } from './providers/i18nProvider';
import saisines from './saisines';
import users from './users';
import { theme } from './theme/theme';

const Dashboard = lazy(() => import('./dashboard/Dashboard'));

export interface AdminAppProps {
  authProvider: AuthProvider;
  dataProvider: DataProvider;
}

/**
 * The back-office inside whatever router hosts it. The menu lists only the resources that
 * `authProvider.canAccess` allows (react-admin's default menu asks it for each resource).
 */
export const AdminApp = ({ authProvider, dataProvider }: AdminAppProps) => (
  <Admin
    disableTelemetry
    requireAuth
    title="Info Parquet"
    authProvider={authProvider}
    dataProvider={dataProvider}
    i18nProvider={i18nProvider}
    theme={theme}
    loginPage={LoginPage}
    dashboard={Dashboard}
  >
    <Resource name="saisines" {...saisines} />
    <Resource name="users" {...users} />
  </Admin>
);
