import { SaveButton, Toolbar } from 'react-admin';

/**
 * The form toolbar without react-admin's « Supprimer »: accounts, courts and administrations are
 * deactivated, never deleted (the security log and the referrals' history refer to them), and the
 * API has no DELETE route for them.
 */
export const SaveOnlyToolbar = () => (
  <Toolbar>
    <SaveButton />
  </Toolbar>
);
