import { lazy } from 'react';
import AccountBalanceIcon from '@mui/icons-material/AccountBalance';
import type { JuridictionRecord } from './types';

// Each screen is its own chunk, like the referrals'.
const JuridictionList = lazy(() => import('./JuridictionList'));
const JuridictionEdit = lazy(() => import('./JuridictionEdit'));

/**
 * Courts: everyone reads them (routing, transfers), but the menu shows them only to who may change
 * them, the national administrator (authProvider.canAccess). Courts come from the reference
 * sources: no creation here.
 */
export default {
  list: JuridictionList,
  edit: JuridictionEdit,
  icon: AccountBalanceIcon,
  options: { label: 'Juridictions' },
  recordRepresentation: (record: JuridictionRecord) => record.nom,
};
