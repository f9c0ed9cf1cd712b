import { useState, type FormEvent } from 'react';
import { Alert, Button, Card, CardContent, Stack, TextField, Typography } from '@mui/material';
import { PasswordFields, passwordPairErrors, type PasswordPair } from './PasswordFields';
import { NETWORK_ERROR, postJson } from './account-api';

type Errors = Partial<Record<keyof PasswordPair | 'currentPassword', string>>;

/** Changing one's own password (`POST /api/auth/password`): the other sessions end. */
export const PasswordChangeCard = ({ csrfToken }: { csrfToken: string | null }) => {
  const [currentPassword, setCurrentPassword] = useState('');
  const [value, setValue] = useState<PasswordPair>({ password: '', confirmation: '' });
  const [errors, setErrors] = useState<Errors>({});
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [pending, setPending] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    const local: Errors = { ...passwordPairErrors(value), ...(currentPassword ? {} : { currentPassword: 'Indiquez votre mot de passe actuel.' }) };
    setErrors(local);
    if (Object.keys(local).length) return;
    setPending(true);
    try {
      const result = await postJson<{ message: string }>('/auth/password', { currentPassword, newPassword: value.password }, csrfToken);
      if (result.ok) {
        setMessage({ severity: 'success', text: `${result.body.message} Vos autres sessions ont été fermées.` });
        setCurrentPassword('');
        setValue({ password: '', confirmation: '' });
      } else {
        setErrors({ currentPassword: result.body.errors?.currentPassword, password: result.body.errors?.newPassword });
        setMessage({ severity: 'error', text: result.body.message ?? NETWORK_ERROR });
      }
    } catch {
      setMessage({ severity: 'error', text: NETWORK_ERROR });
    } finally {
      setPending(false);
    }
  };

  return (
    <Card>
      <CardContent>
        <Typography variant="h6" component="h2" gutterBottom>
          Mot de passe
        </Typography>
        <Stack component="form" spacing={2} onSubmit={submit} noValidate sx={{ maxWidth: 480 }}>
          {message && <Alert severity={message.severity}>{message.text}</Alert>}
          <TextField
            label="Mot de passe actuel"
            type="password"
            autoComplete="current-password"
            value={currentPassword}
            onChange={(event) => setCurrentPassword(event.target.value)}
            error={Boolean(errors.currentPassword)}
            helperText={errors.currentPassword ?? ' '}
          />
          <PasswordFields value={value} onChange={setValue} errors={errors} />
          <Button type="submit" variant="contained" disabled={pending} sx={{ alignSelf: 'flex-start' }}>
            Changer le mot de passe
          </Button>
        </Stack>
      </CardContent>
    </Card>
  );
};
