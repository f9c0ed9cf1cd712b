import { Link } from 'react-router';

// react-dsfr renders its links (header, footer…) with the router's Link, typed accordingly.
declare module '@codegouvfr/react-dsfr/spa' {
  interface RegisterLink {
    Link: typeof Link;
  }
}

export { Link };
