import { lazy } from 'react';
import BusinessIcon from '@mui/icons-material/Business';

// Each screen is its own chunk, like the referrals'.
const AdministrationList = lazy(() => import('./AdministrationList'));
const AdministrationCreate = lazy(() => import('./AdministrationCreate'));
const AdministrationEdit = lazy(() => import('./AdministrationEdit'));

/** The senders' directory, kept by the national administrator (menu per authProvider.canAccess). */
export default {
  list: AdministrationList,
  create: AdministrationCreate,
  edit: AdministrationEdit,
  icon: BusinessIcon,
  options: { label: 'Administrations' },
  recordRepresentation: (record: { nom: string }) => record.nom,
};
