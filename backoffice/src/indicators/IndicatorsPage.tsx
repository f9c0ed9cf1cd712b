import { Typography } from '@mui/material';
import { Title } from 'react-admin';
import { IndicatorsDashboard } from './IndicatorsDashboard';

/** « Tableau de bord »: the indicators' own screen (menu entry). */
const IndicatorsPage = () => (
  <>
    <Title title="Tableau de bord" />
    <Typography variant="h5" component="h1" sx={{ mt: 2 }}>
      Indicateurs d’impact
    </Typography>
    <IndicatorsDashboard />
  </>
);

export default IndicatorsPage;
