import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import type { Location } from 'react-router-dom';
import { AdminContext, memoryStore, ResourceContextProvider, TestMemoryRouter } from 'react-admin';
import { createAuthProvider } from '../../src/providers/authProvider';
import { createDataProvider } from '../../src/providers/dataProvider';
import { i18nProvider } from '../../src/providers/i18nProvider';
import { createSessionStore } from '../../src/providers/session';
import { theme } from '../../src/theme/theme';

/**
 * One screen of the back-office with the real providers (the API being msw), without the
 * whole <Admin>: faster and steadier in jsdom.
 */
export function renderScreen(
  ui: ReactElement,
  { path = '/saisines', resource = 'saisines', locationCallback }: { path?: string; resource?: string; locationCallback?: (location: Location) => void } = {},
) {
  const session = createSessionStore();
  return render(
    <TestMemoryRouter initialEntries={[path]} locationCallback={locationCallback}>
      <AdminContext
        authProvider={createAuthProvider(session)}
        dataProvider={createDataProvider(session)}
        i18nProvider={i18nProvider}
        theme={theme}
        store={memoryStore()}
      >
        <ResourceContextProvider value={resource}>{ui}</ResourceContextProvider>
      </AdminContext>
    </TestMemoryRouter>,
  );
}
