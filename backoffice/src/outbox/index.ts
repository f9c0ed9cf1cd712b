import { lazy } from 'react';
import OutboxIcon from '@mui/icons-material/Outbox';

// Each screen is its own chunk, like the referrals'.
const OutboxList = lazy(() => import('./OutboxList'));
const OutboxShow = lazy(() => import('./OutboxShow'));

/** The mail outbox, read by the national administrator (menu per authProvider.canAccess). */
export default {
  list: OutboxList,
  show: OutboxShow,
  icon: OutboxIcon,
  options: { label: 'Courriels envoyés' },
  recordRepresentation: (record: { subject: string }) => record.subject,
};
