import { lazy } from 'react';
import GavelIcon from '@mui/icons-material/Gavel';
import type { SaisineListRecord } from './types';

// Each screen is its own chunk: the login page does not download the list or the file page.
const SaisineList = lazy(() => import('./SaisineList'));
const SaisineShow = lazy(() => import('./SaisineShow'));

export default {
  list: SaisineList,
  show: SaisineShow,
  icon: GavelIcon,
  recordRepresentation: (record: SaisineListRecord) => record.reference,
};
