import { lazy } from 'react';
import SecurityIcon from '@mui/icons-material/Security';

// Its own chunk, like the referrals'.
const SecurityEventList = lazy(() => import('./SecurityEventList'));

/** The security log, read by the national administrator (menu per authProvider.canAccess). */
export default {
  list: SecurityEventList,
  icon: SecurityIcon,
  options: { label: 'Journal de sécurité' },
};
