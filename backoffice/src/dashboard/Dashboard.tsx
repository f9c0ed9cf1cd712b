import { lazy, Suspense } from 'react';
import { Alert, Button, Card, CardContent, LinearProgress, Stack, Typography } from '@mui/material';
import { ROLE_LABELS, type Role } from '@info-parquet/common';
import { Link } from 'react-router-dom';
import { Title, useCanAccess, useCreatePath, useGetIdentity } from 'react-admin';

const IndicatorsDashboard = lazy(() => import('../indicators/IndicatorsDashboard').then((module) => ({ default: module.IndicatorsDashboard })));

/** The home page: who is signed in and where to start; the analyst lands on the indicators. */
const Dashboard = () => {
  const { identity } = useGetIdentity();
  const { canAccess: canReadSaisines } = useCanAccess({ action: 'list', resource: 'saisines' });
  const { canAccess: canReadIndicators } = useCanAccess({ action: 'list', resource: 'indicators' });
  const createPath = useCreatePath();
  if (!identity) return null;
  const role = identity.role as Role | undefined;
  const indicatorsPath = createPath({ resource: 'indicators', type: 'list' });
  return (
    <>
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
              <Stack direction="row" spacing={1} useFlexGap sx={{ flexWrap: 'wrap' }}>
                <Button variant="contained" component={Link} to={createPath({ resource: 'saisines', type: 'list' })}>
                  Voir les saisines de la juridiction
                </Button>
                {canReadIndicators && (
                  <Button variant="outlined" component={Link} to={indicatorsPath}>
                    Tableau de bord de la juridiction
                  </Button>
                )}
              </Stack>
            ) : role === 'admin_national' ? (
              <Alert
                severity="info"
                action={
                  canReadIndicators ? (
                    <Button color="inherit" component={Link} to={indicatorsPath}>
                      Indicateurs d’impact
                    </Button>
                  ) : undefined
                }
              >
                Gérez les comptes, les juridictions et les administrations, et suivez les courriels envoyés et le journal de sécurité, depuis le menu.
              </Alert>
            ) : canReadIndicators ? (
              <Typography>Les indicateurs d’impact, nationaux et par juridiction, sans aucune donnée personnelle.</Typography>
            ) : null}
          </Stack>
        </CardContent>
      </Card>
      {canReadIndicators && !canReadSaisines && role !== 'admin_national' && (
        <Suspense fallback={<LinearProgress aria-label="Chargement des indicateurs" sx={{ mt: 2 }} />}>
          <Typography variant="h5" component="h2" sx={{ mt: 3 }}>
            Indicateurs d’impact
          </Typography>
          <IndicatorsDashboard />
        </Suspense>
      )}
    </>
  );
};

export default Dashboard;
