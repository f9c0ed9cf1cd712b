import { Stack } from '@mui/material';
import { Title, useAuthProvider } from 'react-admin';
import { PasswordChangeCard } from './PasswordChangeCard';
import { SecondFactorCard } from './SecondFactorCard';

/** « Mon compte » : one's own password and second factor. */
const AccountPage = () => {
  const authProvider = useAuthProvider() as { csrfToken?: () => string | null } | undefined;
  const csrfToken = authProvider?.csrfToken?.() ?? null;
  return (
    <Stack spacing={2} sx={{ my: 2 }}>
      <Title title="Mon compte" />
      <SecondFactorCard csrfToken={csrfToken} />
      <PasswordChangeCard csrfToken={csrfToken} />
    </Stack>
  );
};

export default AccountPage;
