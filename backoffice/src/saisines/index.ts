import { lazy } from 'react';
import GavelIcon from '@mui/icons-material/Gavel';
import type { SaisineListRecord } from './types';

// Each screen is its own chunk: the login page does not download the list or the file page.
const SaisineList = lazy(() => import('./SaisineList'));
const SaisineShow = lazy(() => import('./SaisineShow'));
const SaisieGreffeCreate = lazy(() => import('./SaisieGreffeCreate'));

export default {
  list: SaisineList,
  show: SaisineShow,
  create: SaisieGreffeCreate,
  icon: GavelIcon,
  recordRepresentation: (record: SaisineListRecord) => record.reference,
};
