import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Alert, Button, Stack } from '@mui/material';
import { NETWORK_ERROR, postJson } from './account-api';

/**
 * Gives up a sign-in stopped at the second factor: the API forgets the half session (it takes
 * its CSRF token), then back to the password. Another account may then sign in on this browser.
 */
export const AbandonSignInButton = ({ csrfToken }: { csrfToken: string }) => {
  const navigate = useNavigate();
  const [pending, setPending] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const abandon = async () => {
    setPending(true);
    setError(null);
    try {
      // Whatever the answer (204, or a session already gone), the next sign-in opens a new one.
      await postJson('/auth/logout', {}, csrfToken);
      navigate('/login');
    } catch {
      setError(NETWORK_ERROR);
      setPending(false);
    }
  };

  return (
    <Stack spacing={1}>
      <Button variant="text" onClick={abandon} disabled={pending} sx={{ alignSelf: 'flex-start' }}>
        Annuler et revenir à la connexion
      </Button>
      {error && <Alert severity="error">{error}</Alert>}
    </Stack>
  );
};
