import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Button, useCreate, useNotify, useRecordContext } from 'react-admin';

/**
 * "Déverrouiller": lifts a lock-out before its time (`POST /api/users/:id/unlock`). Sent as a
 * ra-data-simple-rest `create` on the sub-resource, which is exactly that request.
 */
export const UnlockButton = () => {
  const record = useRecordContext<{ id: string }>();
  const notify = useNotify();
  const [create, { isPending }] = useCreate();
  if (!record) return null;
  const unlock = () =>
    create(
      `users/${encodeURIComponent(String(record.id))}/unlock`,
      { data: {} },
      {
        onSuccess: () => notify('Compte déverrouillé : l’utilisateur peut de nouveau se connecter.', { type: 'success' }),
        onError: (error) => notify((error as Error).message || 'Le déverrouillage a échoué.', { type: 'error' }),
      },
    );
  return (
    <Button label="Déverrouiller" onClick={unlock} disabled={isPending}>
      <LockOpenIcon />
    </Button>
  );
};
