import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { setLink } from '@codegouvfr/react-dsfr/link';
import { App } from '../../src/App';
import { Link } from '../../src/dsfr-link';

// What startReactDsfr does in main.tsx for links (the rest of it needs a real browser); it types
// its parameter loosely (`Link?: Function`), setLink strictly: same value, so the cast is safe.
setLink({ Link } as unknown as Parameters<typeof setLink>[0]);

/** Renders the whole app at `path` (the form at `/`), with a user-event instance. */
export function renderApp(path = '/') {
  const user = userEvent.setup();
  const view = render(
    <MemoryRouter initialEntries={[path]}>
      <App />
    </MemoryRouter>,
  );
  return { user, ...view };
}
