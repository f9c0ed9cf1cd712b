import { lazy } from 'react';
import PeopleIcon from '@mui/icons-material/People';

// Each screen is its own chunk, like the referrals'.
const UserList = lazy(() => import('./UserList'));
const UserCreate = lazy(() => import('./UserCreate'));
const UserEdit = lazy(() => import('./UserEdit'));

/** Account management: the menu shows it only to who may manage users (authProvider.canAccess). */
export default {
  list: UserList,
  create: UserCreate,
  edit: UserEdit,
  icon: PeopleIcon,
  options: { label: 'Utilisateurs' },
  recordRepresentation: (record: { displayName: string }) => record.displayName,
};
