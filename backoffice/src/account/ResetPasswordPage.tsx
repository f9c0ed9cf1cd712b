import { useState, type FormEvent } from 'react';
import { Link as RouterLink, useSearchParams } from 'react-router-dom';
import { Alert, Button, Link, Stack, Typography } from '@mui/material';
import { PublicPage } from './PublicPage';
import { PasswordFields, passwordPairErrors, type PasswordPair } from './PasswordFields';
import { NETWORK_ERROR, postJson, sessionState } from './account-api';

/**
 * The page of an e-mailed link: a password reset, or the first password of a new account
 * (`activation`). The token is in the link's query string.
 */
const ResetPasswordPage = ({ activation = false }: { activation?: boolean }) => {
  const [params] = useSearchParams();
  const token = params.get('token') ?? '';
  const [value, setValue] = useState<PasswordPair>({ password: '', confirmation: '' });
  const [errors, setErrors] = useState<Partial<Record<keyof PasswordPair, string>>>({});
  const [error, setError] = useState<string | null>(token ? null : 'Ce lien est incomplet : ouvrez le lien reçu par courriel tel quel.');
  const [done, setDone] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const local = passwordPairErrors(value);
    setErrors(local);
    if (Object.keys(local).length) return;
    setPending(true);
    try {
      // A browser with an open session must send its CSRF token.
      const current = await sessionState();
      const csrfToken = current.kind === 'none' ? null : current.csrfToken;
      const result = await postJson<{ message: string }>('/auth/password-reset/confirm', { token, password: value.password }, csrfToken);
      if (result.ok) {
        setDone(result.body.message ?? '');
      } else if (result.body.errors?.password) {
        setErrors({ password: result.body.errors.password });
      } else {
        setError(result.body.message ?? NETWORK_ERROR);
      }
    } catch {
      setError(NETWORK_ERROR);
    } finally {
      setPending(false);
    }
  };

  return (
    <PublicPage title={activation ? 'Activer votre compte' : 'Choisir un nouveau mot de passe'}>
      {done !== null ? (
        <Stack spacing={2}>
          <Alert severity="success" role="status">
            {done}
          </Alert>
          <Button component={RouterLink} to="/login" variant="contained">
            Se connecter
          </Button>
        </Stack>
      ) : (
        <Stack component="form" spacing={2} onSubmit={submit} noValidate>
          <Typography variant="body2">
            {activation
              ? 'Choisissez le mot de passe de votre compte Info Parquet.'
              : 'Choisissez un nouveau mot de passe. Toutes vos sessions ouvertes seront fermées.'}
          </Typography>
          {error && (
            <Alert severity="error" role="alert">
              {error}
            </Alert>
          )}
          <PasswordFields value={value} onChange={setValue} errors={errors} />
          <Button type="submit" variant="contained" disabled={pending || !token}>
            Enregistrer le mot de passe
          </Button>
          <Link component={RouterLink} to="/mot-de-passe-oublie">
            Recevoir un nouveau lien
          </Link>
        </Stack>
      )}
    </PublicPage>
  );
};

export default ResetPasswordPage;
