import { useState, type FormEvent } from 'react';
import { Link as RouterLink } from 'react-router-dom';
import { Alert, Button, Link, Stack, TextField, Typography } from '@mui/material';
import { PublicPage } from './PublicPage';
import { NETWORK_ERROR, postJson } from './account-api';

/** « Mot de passe oublié ? » : the same answer whether the address has an account or not. */
const ForgotPasswordPage = () => {
  const [email, setEmail] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [sent, setSent] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    if (!email.trim()) return setError('Saisissez l’adresse électronique de votre compte.');
    setPending(true);
    try {
      const result = await postJson<{ message: string }>('/auth/password-reset', { email });
      if (result.ok) setSent(result.body.message ?? '');
      else setError(result.body.errors?.email ?? result.body.message ?? NETWORK_ERROR);
    } catch {
      setError(NETWORK_ERROR);
    } finally {
      setPending(false);
    }
  };

  return (
    <PublicPage title="Mot de passe oublié">
      {sent !== null ? (
        <Alert severity="success" role="status">
          {sent} Pensez à vérifier vos courriers indésirables.
        </Alert>
      ) : (
        <Stack component="form" spacing={2} onSubmit={submit} noValidate>
          <Typography variant="body2">
            Indiquez l’adresse électronique de votre compte : vous recevrez un lien pour choisir un nouveau mot de passe.
          </Typography>
          <TextField
            label="Adresse électronique"
            type="email"
            autoComplete="username"
            required
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            error={Boolean(error)}
            helperText={error ?? ' '}
            autoFocus
          />
          <Button type="submit" variant="contained" disabled={pending}>
            Recevoir un lien
          </Button>
        </Stack>
      )}
      <Link component={RouterLink} to="/login" sx={{ display: 'inline-block', mt: 2 }}>
        Retour à la connexion
      </Link>
    </PublicPage>
  );
};

export default ForgotPasswordPage;
