import { useEffect, useState, type FormEvent } from 'react';
import { Link as RouterLink, useNavigate } from 'react-router-dom';
import { Alert, Button, CircularProgress, Link, Stack, TextField, Typography } from '@mui/material';
import { AbandonSignInButton } from './AbandonSignInButton';
import { PublicPage } from './PublicPage';
import { NETWORK_ERROR, postJson, sessionState } from './account-api';
import { useCompleteSignIn } from './use-complete-sign-in';

/** The second step of a sign-in: the code of the authenticator app, or a recovery code. */
const SecondFactorPage = () => {
  const navigate = useNavigate();
  const completeSignIn = useCompleteSignIn();
  const [csrfToken, setCsrfToken] = useState<string | null>(null);
  const [byRecovery, setByRecovery] = useState(false);
  const [code, setCode] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    sessionState()
      .then((state) => {
        if (state.kind === 'signed-in') navigate('/');
        else if (state.kind === 'half' && state.mfa === 'enrolment_required') navigate('/activer-double-authentification');
        else if (state.kind === 'half') setCsrfToken(state.csrfToken);
        else navigate('/login');
      })
      .catch(() => setError(NETWORK_ERROR));
  }, [navigate]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const typed = code.trim();
    if (!typed) return setError(byRecovery ? 'Saisissez un de vos codes de secours.' : 'Saisissez le code à 6 chiffres de votre application.');
    setPending(true);
    try {
      const result = await postJson('/auth/totp/verify', byRecovery ? { recoveryCode: typed } : { code: typed }, csrfToken);
      if (result.ok) return completeSignIn();
      setError(result.body.errors?.code ?? result.body.errors?.recoveryCode ?? result.body.message ?? NETWORK_ERROR);
      // Locked or expired: the half session is over, back to the password.
      if (result.status === 423 || result.status === 403) setCsrfToken(null);
    } catch {
      setError(NETWORK_ERROR);
    } finally {
      setPending(false);
    }
  };

  return (
    <PublicPage title="Double authentification">
      {!csrfToken && !error ? (
        <CircularProgress aria-label="Chargement" />
      ) : (
        <Stack component="form" spacing={2} onSubmit={submit} noValidate>
          <Typography variant="body2">
            {byRecovery
              ? 'Saisissez un de vos codes de secours (chacun ne sert qu’une fois).'
              : 'Ouvrez votre application d’authentification et saisissez le code à 6 chiffres affiché pour Info Parquet.'}
          </Typography>
          <TextField
            key={byRecovery ? 'recovery' : 'code'}
            label={byRecovery ? 'Code de secours' : 'Code à 6 chiffres'}
            value={code}
            onChange={(event) => setCode(event.target.value)}
            slotProps={{ htmlInput: byRecovery ? { autoComplete: 'off' } : { inputMode: 'numeric', autoComplete: 'one-time-code', maxLength: 7 } }}
            error={Boolean(error)}
            helperText={error ?? ' '}
            autoFocus
          />
          <Button type="submit" variant="contained" disabled={pending || !csrfToken}>
            Valider
          </Button>
          <Link
            component="button"
            type="button"
            onClick={() => {
              setByRecovery(!byRecovery);
              setCode('');
              setError(null);
            }}
            sx={{ alignSelf: 'flex-start' }}
          >
            {byRecovery ? 'Utiliser le code de l’application' : 'Utiliser un code de secours'}
          </Link>
          {csrfToken && <AbandonSignInButton csrfToken={csrfToken} />}
          {!csrfToken && error && (
            <Alert severity="info">
              <Link component={RouterLink} to="/login">
                Revenir à la connexion
              </Link>
            </Alert>
          )}
        </Stack>
      )}
    </PublicPage>
  );
};

export default SecondFactorPage;
