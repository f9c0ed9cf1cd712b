import { useEffect, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, CircularProgress, Typography } from '@mui/material';
import { AbandonSignInButton } from './AbandonSignInButton';
import { PublicPage } from './PublicPage';
import { NETWORK_ERROR, sessionState } from './account-api';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpEnrolment } from './TotpEnrolment';
import { useCompleteSignIn } from './use-complete-sign-in';

/** During a sign-in, for a role that requires it: set up the second factor before anything else. */
const EnrolmentPage = () => {
  const navigate = useNavigate();
  const completeSignIn = useCompleteSignIn();
  const [csrfToken, setCsrfToken] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);

  useEffect(() => {
    sessionState()
      .then((state) => {
        if (state.kind === 'half' && state.mfa === 'enrolment_required') setCsrfToken(state.csrfToken);
        else if (state.kind === 'half') navigate('/double-authentification');
        else navigate(state.kind === 'signed-in' ? '/' : '/login');
      })
      .catch(() => setError(NETWORK_ERROR));
  }, [navigate]);

  return (
    <PublicPage title="Activer la double authentification">
      {error && <Alert severity="error">{error}</Alert>}
      {recoveryCodes ? (
        <RecoveryCodes codes={recoveryCodes} onDone={completeSignIn} doneLabel="Accéder à Info Parquet" />
      ) : csrfToken ? (
        <>
          <Typography variant="body2" sx={{ mb: 2 }}>
            La double authentification est obligatoire pour votre compte : à chaque connexion, vous donnerez en plus de votre mot de
            passe un code à 6 chiffres affiché par une application d’authentification sur votre téléphone.
          </Typography>
          <TotpEnrolment
            csrfToken={csrfToken}
            onEnabled={(answer) => setRecoveryCodes(answer.body.recoveryCodes)}
          />
          <AbandonSignInButton csrfToken={csrfToken} />
        </>
      ) : (
        !error && <CircularProgress aria-label="Chargement" />
      )}
    </PublicPage>
  );
};

export default EnrolmentPage;
