import LockOpenIcon from '@mui/icons-material/LockOpen';
import { Button, useCreate, useNotify, useRecordContext, useRefresh } from 'react-admin';
import type { UserRecord } from '@info-parquet/common';

/** What the button reads of an account (common's contract): when its lock-out ends, if the API says. */
type LockableRecord = Pick<UserRecord, 'id' | 'lockedUntil'>;

/**
 * Whether the account is locked out now. An API that does not say (no `lockedUntil` at all) keeps
 * the button, so that an administrator is never left without a way to unlock an account.
 */
export function isLocked(record: LockableRecord, now = Date.now()): boolean {
  if (record.lockedUntil === undefined) return true;
  if (record.lockedUntil === null) return false;
  const until = Date.parse(record.lockedUntil);
  return Number.isNaN(until) || until > now;
}

/**
 * "Déverrouiller", only on a locked account: lifts a lock-out before its time
 * (`POST /api/users/:id/unlock`). Sent as a ra-data-simple-rest `create` on the sub-resource,
 * which is exactly that request; the record is then read again, which hides the button.
 */
export const UnlockButton = () => {
  const record = useRecordContext<LockableRecord>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [create, { isPending }] = useCreate();
  if (!record || !isLocked(record)) return null;
  const unlock = () =>
    create(
      `users/${encodeURIComponent(String(record.id))}/unlock`,
      { data: {} },
      {
        onSuccess: () => {
          notify('Compte déverrouillé : l’utilisateur peut de nouveau se connecter.', { type: 'success' });
          refresh();
        },
        onError: (error) => notify((error as Error).message || 'Le déverrouillage a échoué.', { type: 'error' }),
      },
    );
  return (
    <Button label="Déverrouiller" onClick={unlock} disabled={isPending}>
      <LockOpenIcon />
    </Button>
  );
};
