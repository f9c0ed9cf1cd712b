import { Box } from '@mui/material';
import { Edit } from 'react-admin';
import { ChangeHistory } from '../juridictions/ChangeHistory';
import { AdministrationForm, toAdministrationBody } from './AdministrationForm';

/** A rename keeps the referrals already linked; every change is logged by the API. */
const AdministrationEdit = () => (
  <Edit title="Modifier l’administration" mutationMode="pessimistic" transform={toAdministrationBody}>
    <AdministrationForm />
    <Box sx={{ px: 2, pb: 2 }}>
      <ChangeHistory entity="administration" />
    </Box>
  </Edit>
);

export default AdministrationEdit;
