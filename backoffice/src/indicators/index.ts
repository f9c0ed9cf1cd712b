import { lazy } from 'react';
import InsightsIcon from '@mui/icons-material/Insights';

const IndicatorsPage = lazy(() => import('./IndicatorsPage'));

/** « Tableau de bord »: the impact indicators, for whoever may read them (menu per authProvider.canAccess). */
export default {
  list: IndicatorsPage,
  icon: InsightsIcon,
  options: { label: 'Tableau de bord' },
};
