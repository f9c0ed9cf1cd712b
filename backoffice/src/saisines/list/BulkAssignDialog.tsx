import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Alert,
  Button,
  Checkbox,
  CircularProgress,
  Dialog,
  DialogActions,
  DialogContent,
  DialogContentText,
  DialogTitle,
  FormControlLabel,
  Stack,
} from '@mui/material';
import { useDataProvider, useGetIdentity, useListContext, useNotify, useRefresh } from 'react-admin';
import { ASSIGNEE_ROLES, BULK_TRANSITION_MAX, TRANSITION_FIELD_LABELS, type BulkTransitionResult } from '@info-parquet/common';
import type { AppDataProvider } from '../../providers/dataProvider';
import { CourtUserSelect } from '../show/actions/CourtUserSelect';
import { toFailure } from '../show/actions/useSendTransition';
import type { BulkAssignTarget } from './bulk-assign-context';
import { summarizeBulkResults } from './summarizeBulkResults';

const TITLE_ID = 'bulk-assign-title';

/**
 * The referrals selected when « Attribuer… » was pressed, to one person of the court
 * (POST /api/saisines/bulk-transitions); each referral succeeds or fails on its own, and the
 * dialog then tells which were refused and why, until the clerk closes it.
 */
export const BulkAssignDialog = ({ target, onClosed }: { target: BulkAssignTarget; onClosed: () => void }) => {
  const { onUnselectItems } = useListContext();
  const { identity } = useGetIdentity();
  const dataProvider = useDataProvider<AppDataProvider>();
  const refresh = useRefresh();
  const notify = useNotify();
  const [assigneeId, setAssigneeId] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [sending, setSending] = useState(false);
  const [results, setResults] = useState<BulkTransitionResult[] | null>(null);
  const [wholeFilter, setWholeFilter] = useState(false);
  const outcomeRef = useRef<HTMLDivElement>(null);
  // The outcome takes the focus: read out at once, and an Enter still held from « Attribuer »
  // lands on it, not on « Fermer » (which would close it unread).
  useEffect(() => {
    if (results) outcomeRef.current?.focus();
  }, [results]);
  const juridictionId = identity?.juridictionId as string | undefined;
  if (!juridictionId) return null;

  const close = () => {
    if (outcome) {
      // The dialog said it in detail; the list says it once more, where the clerk goes on working.
      notify(`${outcome.summary.replace(/ :$/, '')}.`, { type: outcome.failures.length ? 'warning' : 'success' });
      onUnselectItems();
      refresh();
    }
    onClosed();
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!assigneeId) return setError('Choisissez la personne à qui attribuer les saisines.');
    setSending(true);
    setError(undefined);
    try {
      const chosen = wholeFilter ? { filter: target.filter } : { ids: target.ids };
      const answer = await dataProvider.bulkTransition({ ...chosen, to: 'attribuee', assigneeId });
      setResults(answer.results);
    } catch (failure) {
      setError(toFailure(failure).message);
    } finally {
      setSending(false);
    }
  }

  const { matching } = target;
  const count = wholeFilter && matching ? matching : target.ids.length;
  const tooMany = count > BULK_TRANSITION_MAX;
  const outcome = results && summarizeBulkResults(results, { one: 'attribuée', many: 'attribuées' });
  return (
    <Dialog open onClose={sending ? undefined : close} aria-labelledby={TITLE_ID} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={TITLE_ID}>Attribuer {count > 1 ? `${count} saisines` : 'la saisine'}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            {outcome ? (
              <Alert ref={outcomeRef} tabIndex={-1} severity={outcome.failures.length ? 'warning' : 'success'}>
                {outcome.summary}
                {outcome.failures.length > 0 && (
                  <ul>
                    {outcome.failures.map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                )}
              </Alert>
            ) : (
              <>
                <DialogContentText>
                  Chaque saisine est attribuée séparément : celles qui ne peuvent pas l’être (statut, droits) sont signalées une à une.
                </DialogContentText>
                {matching && (
                  <FormControlLabel
                    control={<Checkbox checked={wholeFilter} onChange={(event) => setWholeFilter(event.target.checked)} />}
                    label={`Toutes les ${matching} saisines du filtre, pas seulement celles de la page`}
                  />
                )}
                {tooMany && <Alert severity="error">Au plus {BULK_TRANSITION_MAX} saisines par action groupée.</Alert>}
                <CourtUserSelect
                  id="bulk-assigneeId"
                  label={TRANSITION_FIELD_LABELS.assigneeId}
                  juridictionId={juridictionId}
                  roles={[...ASSIGNEE_ROLES]}
                  value={assigneeId}
                  error={error}
                  onChange={(value) => {
                    setAssigneeId(value);
                    setError(undefined);
                  }}
                />
              </>
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          {outcome ? (
            <Button onClick={close}>Fermer</Button>
          ) : (
            <>
              <Button onClick={close} disabled={sending}>
                Annuler
              </Button>
              <Button type="submit" variant="contained" disabled={sending || tooMany} startIcon={sending ? <CircularProgress size={16} /> : undefined}>
                Attribuer
              </Button>
            </>
          )}
        </DialogActions>
      </form>
    </Dialog>
  );
};
