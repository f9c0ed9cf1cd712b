import { Alert, Button, Card, CardContent, Stack, Typography } from '@mui/material';
import { ROLE_LABELS, type Role } from '@info-parquet/common';
import { Link } from 'react-router-dom';
import { Title, useCanAccess, useCreatePath, useGetIdentity } from 'react-admin';

/** The home page: who is signed in, and where to start (the indicators come in a later issue). */
const Dashboard = () => {
  const { identity } = useGetIdentity();
  const { canAccess: canReadSaisines } = useCanAccess({ action: 'list', resource: 'saisines' });
  const createPath = useCreatePath();
  if (!identity) return null;
  const role = identity.role as Role | undefined;
  return (
    <Card variant="outlined" sx={{ mt: 2 }}>
      <Title title="Accueil" />
      <CardContent>
        <Stack spacing={2}>
          <Typography variant="h5" component="h1">
            Bienvenue, {identity.displayName ?? identity.fullName}
          </Typography>
          <Typography color="text.secondary">
            {[role ? ROLE_LABELS[role] : null, identity.juridictionNom].filter(Boolean).join(' · ')}
          </Typography>
          {canReadSaisines ? (
            <div>
              <Button variant="contained" component={Link} to={createPath({ resource: 'saisines', type: 'list' })}>
                Voir les saisines de la juridiction
              </Button>
            </div>
          ) : (
            <Alert severity="info">
              {role === 'admin_national'
                ? 'Gérez les comptes, les juridictions et les administrations, et suivez les courriels envoyés et le journal de sécurité, depuis le menu.'
                : 'Les indicateurs d’impact (délais d’enregistrement et de décision, retours aux administrations, urgences) seront disponibles ici prochainement.'}
            </Alert>
          )}
        </Stack>
      </CardContent>
    </Card>
  );
};

export default Dashboard;
