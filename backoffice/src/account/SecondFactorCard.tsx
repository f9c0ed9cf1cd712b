import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { Alert, Button, Card, CardContent, CircularProgress, Stack, TextField, Typography } from '@mui/material';
import { formatDateTimeParis } from '@info-parquet/common';
import { NETWORK_ERROR, getJson, postJson } from './account-api';
import { RecoveryCodes } from './RecoveryCodes';
import { TotpEnrolment } from './TotpEnrolment';

interface TotpStatus {
  enabled: boolean;
  enabledAt: string | null;
  required: boolean;
  recoveryCodesLeft: number;
  /** Enabled, but sealed under a former SESSION_SECRET: no code can be checked any more. */
  unreadable?: boolean;
}

type Mode = 'status' | 'enrol' | 'codes' | 'renew' | 'disable';

/** The second factor of the account page: switch on, renew the recovery codes, switch off. */
export const SecondFactorCard = ({ csrfToken }: { csrfToken: string | null }) => {
  const [status, setStatus] = useState<TotpStatus | null>(null);
  const [mode, setMode] = useState<Mode>('status');
  const [codes, setCodes] = useState<string[]>([]);
  const [fields, setFields] = useState({ code: '', password: '' });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);

  const load = useCallback(async () => {
    const result = await getJson<TotpStatus>('/auth/totp');
    if (result.ok) setStatus(result.body);
    else setMessage({ severity: 'error', text: result.body.message ?? NETWORK_ERROR });
  }, []);

  useEffect(() => {
    load().catch(() => setMessage({ severity: 'error', text: NETWORK_ERROR }));
  }, [load]);

  const back = (text?: string) => {
    setMode('status');
    setFields({ code: '', password: '' });
    setErrors({});
    if (text) setMessage({ severity: 'success', text });
    void load();
  };

  const submit = (path: string, body: Record<string, string>, onOk: (answer: Record<string, unknown>) => void) => async (event: FormEvent) => {
    event.preventDefault();
    setErrors({});
    setMessage(null);
    try {
      const result = await postJson<Record<string, unknown>>(path, body, csrfToken);
      if (result.ok) onOk(result.body);
      else {
        setErrors(result.body.errors ?? {});
        setMessage({ severity: 'error', text: result.body.message ?? NETWORK_ERROR });
      }
    } catch {
      setMessage({ severity: 'error', text: NETWORK_ERROR });
    }
  };

  const codeField = (
    <TextField
      label="Code à 6 chiffres de votre application"
      value={fields.code}
      onChange={(event) => setFields({ ...fields, code: event.target.value })}
      slotProps={{ htmlInput: { inputMode: 'numeric', autoComplete: 'one-time-code', maxLength: 7 } }}
      error={Boolean(errors.code)}
      helperText={errors.code ?? ' '}
    />
  );

  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          Double authentification
        </Typography>
        {message && (
          <Alert severity={message.severity} sx={{ mb: 2 }}>
            {message.text}
          </Alert>
        )}
        {!status ? (
          <CircularProgress aria-label="Chargement" />
        ) : mode === 'enrol' && csrfToken ? (
          <TotpEnrolment
            csrfToken={csrfToken}
            onEnabled={(answer) => {
              setCodes(answer.body.recoveryCodes);
              setMode('codes');
            }}
          />
        ) : mode === 'codes' ? (
          <RecoveryCodes codes={codes} onDone={() => back('La double authentification est activée.')} doneLabel="Terminer" />
        ) : mode === 'renew' ? (
          <Stack
            component="form"
            spacing={2}
            sx={{ maxWidth: 480 }}
            noValidate
            onSubmit={submit('/auth/totp/recovery-codes', { code: fields.code }, (answer) => {
              setCodes(answer.recoveryCodes as string[]);
              setMode('codes');
            })}
          >
            <Typography variant="body2">Les anciens codes de secours ne serviront plus.</Typography>
            {codeField}
            <Stack direction="row" spacing={1}>
              <Button type="submit" variant="contained">
                Renouveler les codes
              </Button>
              <Button onClick={() => back()}>Annuler</Button>
            </Stack>
          </Stack>
        ) : mode === 'disable' ? (
          <Stack
            component="form"
            spacing={2}
            sx={{ maxWidth: 480 }}
            noValidate
            onSubmit={submit('/auth/totp/disable', fields, () => back('La double authentification est désactivée.'))}
          >
            <TextField
              label="Mot de passe"
              type="password"
              autoComplete="current-password"
              value={fields.password}
              onChange={(event) => setFields({ ...fields, password: event.target.value })}
              error={Boolean(errors.password)}
              helperText={errors.password ?? ' '}
            />
            {codeField}
            <Stack direction="row" spacing={1}>
              <Button type="submit" variant="contained" color="error">
                Désactiver
              </Button>
              <Button onClick={() => back()}>Annuler</Button>
            </Stack>
          </Stack>
        ) : status.enabled && status.unreadable ? (
          <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Alert severity="warning">
              Votre application d’authentification ne peut plus être vérifiée : la clé de sécurité du serveur a été changée. Les
              codes à 6 chiffres de votre application ne sont plus acceptés ; à la connexion, seuls vos codes de secours
              ({status.recoveryCodesLeft} restants) fonctionnent. Activez à nouveau la double authentification : vous scannerez un
              nouveau QR code et recevrez de nouveaux codes de secours.
            </Alert>
            <Button variant="contained" onClick={() => setMode('enrol')} disabled={!csrfToken}>
              Activer à nouveau la double authentification
            </Button>
          </Stack>
        ) : status.enabled ? (
          <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Typography variant="body2">
              Activée{status.enabledAt ? ` depuis le ${formatDateTimeParis(status.enabledAt)}` : ''}. Codes de secours restants :{' '}
              {status.recoveryCodesLeft} sur 10.
              {status.required && ' Elle est obligatoire pour votre rôle.'}
            </Typography>
            <Stack direction="row" spacing={1}>
              <Button variant="outlined" onClick={() => setMode('renew')}>
                Renouveler les codes de secours
              </Button>
              {!status.required && (
                <Button variant="outlined" color="error" onClick={() => setMode('disable')}>
                  Désactiver
                </Button>
              )}
            </Stack>
          </Stack>
        ) : (
          <Stack spacing={2} sx={{ alignItems: 'flex-start' }}>
            <Typography variant="body2">
              Non activée. En plus de votre mot de passe, un code à 6 chiffres affiché par une application sur votre téléphone
              protégera votre compte.
            </Typography>
            <Button variant="contained" onClick={() => setMode('enrol')} disabled={!csrfToken}>
              Activer la double authentification
            </Button>
          </Stack>
        )}
      </CardContent>
    </Card>
  );
};
