import { Login, LoginForm } from 'react-admin';
import { Link as RouterLink } from 'react-router-dom';
import { Box, Link, Typography } from '@mui/material';
import { LegalLinks } from './LegalLinks';

/** react-admin's sign-in form, titled for the courts, on the DSFR's "bleu France", as the page's main landmark. */
export const LoginPage = () => (
  <Box component="main">
    <Login sx={{ backgroundImage: 'none', bgcolor: 'primary.main' }}>
      <Box sx={{ px: 2, textAlign: 'center' }}>
        <Typography variant="h6" component="h1">
          Info Parquet — espace des juridictions
        </Typography>
        <Typography variant="body2" color="text.secondary">
          Bureaux d’ordre et magistrats du parquet
        </Typography>
      </Box>
      <LoginForm />
      <Box sx={{ px: 2, pb: 2, textAlign: 'center' }}>
        <Link component={RouterLink} to="/mot-de-passe-oublie" variant="body2">
          Mot de passe oublié ?
        </Link>
      </Box>
      <LegalLinks />
    </Login>
  </Box>
);
