import { createBrowserRouter, RouterProvider } from 'react-router-dom';
import { AdminApp } from './AdminApp';
import { createAuthProvider } from './providers/authProvider';
import { createDataProvider } from './providers/dataProvider';
import { createSessionStore } from './providers/session';
import { createHttpClient } from './providers/httpClient';
import { createPreferencesStore, preferencesApi } from './providers/preferencesStore';

const session = createSessionStore();
const authProvider = createAuthProvider(session);
const dataProvider = createDataProvider(session);
const store = createPreferencesStore(preferencesApi(createHttpClient(session)));

/** Where the API serves this app (`/admin/`, vite's `base`), without the trailing slash. */
const BASENAME = import.meta.env.BASE_URL.replace(/\/$/, '');

// A data router (like the one react-admin makes by default) on browser history: real URLs under /admin/.
const router = createBrowserRouter([{ path: '*', element: <AdminApp authProvider={authProvider} dataProvider={dataProvider} store={store} /> }], {
  basename: BASENAME,
});

// No transitions, as react-admin asks of its own router: with them, react-admin's logout
// (navigate to /login, then reset its queries) keeps re-rendering the old page and loops for seconds.
export const App = () => <RouterProvider router={router} useTransitions={false} />;
