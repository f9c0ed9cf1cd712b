import { useEffect, useState, type FormEvent } from 'react';
import { Alert, Box, Button, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { NETWORK_ERROR, postJson, type ApiAnswer } from './account-api';

interface Setup {
  otpauthUri: string;
  qrSvg: string;
  secret: string;
}

/** "ABCD EFGH …": easier to type from the screen. */
const grouped = (secret: string) => secret.match(/.{1,4}/g)?.join(' ') ?? secret;

/**
 * Switching TOTP on: the QR code (an SVG made by the API) and the key to type by hand, then a
 * first code. `onEnabled` receives the API's answer (recovery codes, and the session when the
 * enrolment completes a sign-in).
 */
export const TotpEnrolment = ({ csrfToken, onEnabled }: { csrfToken: string; onEnabled: (answer: ApiAnswer<{ recoveryCodes: string[] }>) => void }) => {
  const [setup, setSetup] = useState<Setup | null>(null);
  const [code, setCode] = useState('');
  const [codeError, setCodeError] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  useEffect(() => {
    let cancelled = false;
    postJson<Setup>('/auth/totp/setup', {}, csrfToken)
      .then((result) => {
        if (cancelled) return;
        if (result.ok) setSetup(result.body);
        else setError(result.body.message ?? NETWORK_ERROR);
      })
      .catch(() => !cancelled && setError(NETWORK_ERROR));
    return () => {
      cancelled = true;
    };
  }, [csrfToken]);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setCodeError(null);
    if (!/^\d{6}$/.test(code.replace(/\s+/g, ''))) return setCodeError('Saisissez les 6 chiffres affichés par votre application.');
    setPending(true);
    try {
      const result = await postJson<{ recoveryCodes: string[] }>('/auth/totp/enable', { code: code.replace(/\s+/g, '') }, csrfToken);
      if (result.ok) onEnabled(result);
      else setCodeError(result.body.errors?.code ?? result.body.message ?? NETWORK_ERROR);
    } catch {
      setCodeError(NETWORK_ERROR);
    } finally {
      setPending(false);
    }
  };

  if (error) return <Alert severity="error">{error}</Alert>;
  if (!setup) return <CircularProgress aria-label="Préparation du QR code" />;
  return (
    <Stack component="form" spacing={2} onSubmit={submit} noValidate>
      <Typography variant="body2">
        1. Dans votre application d’authentification (par exemple FreeOTP, Aegis, Google Authenticator ou Microsoft Authenticator),
        ajoutez un compte en scannant ce QR code :
      </Typography>
      <Box
        component="img"
        src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(setup.qrSvg)}`}
        alt="QR code à scanner avec votre application d’authentification"
        sx={{ width: 200, height: 200, alignSelf: 'center', imageRendering: 'pixelated' }}
      />
      <Typography variant="body2">ou saisissez cette clé à la main (type « basé sur le temps ») :</Typography>
      <Typography component="code" data-testid="totp-secret" sx={{ fontFamily: 'monospace', fontSize: '1.1rem', wordBreak: 'break-all' }}>
        {grouped(setup.secret)}
      </Typography>
      <Typography variant="body2">2. Saisissez le code à 6 chiffres que l’application affiche :</Typography>
      <TextField
        label="Code à 6 chiffres"
        value={code}
        onChange={(event) => setCode(event.target.value)}
        slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'one-time-code', maxLength: 7 } }}
        error={Boolean(codeError)}
        helperText={codeError ?? ' '}
      />
      <Button type="submit" variant="contained" disabled={pending}>
        Activer la double authentification
      </Button>
    </Stack>
  );
};
