import { useState, type FormEvent } from 'react';
import { Alert, Button, CircularProgress, Dialog, DialogActions, DialogContent, DialogContentText, DialogTitle, Stack, TextField } from '@mui/material';
import { useGetIdentity } from 'react-admin';
import { ASSIGNEE_ROLES, checkTransitionFields, TRANSITION_FIELD_LABELS, type Role } from '@info-parquet/common';
import type { AvailableTransition, SaisineDetail } from '../../types';
import { CourtUserSelect } from './CourtUserSelect';
import { DecisionFields } from './DecisionFields';
import { JuridictionAutocomplete } from './JuridictionAutocomplete';
import { useSendTransition, type TransitionFailure } from './useSendTransition';

interface TransitionDialogProps {
  record: SaisineDetail;
  transition: AvailableTransition;
  onClose(): void;
}

/**
 * One workflow action: the fields it needs (checked by common's rules before sending), then the
 * API's answer; a refusal (400, 409…) stays in the dialog with its French message.
 */
export const TransitionDialog = ({ record, transition, onClose }: TransitionDialogProps) => {
  const { identity } = useGetIdentity();
  const role = (identity?.role ?? 'greffier') as Role;
  const [values, setValues] = useState<Record<string, string>>({});
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [refusal, setRefusal] = useState<string | null>(null);
  const { send, sending } = useSendTransition(record);
  const needs = new Set<string>(transition.requiredFields);
  const titleId = `transition-${transition.to}-title`;

  const change = (field: string, value: string) => {
    setValues((current) => ({ ...current, [field]: value }));
    setErrors((current) => ({ ...current, [field]: '' }));
  };
  const errorOf = (field: string) => errors[field] || undefined;

  async function submit(event: FormEvent) {
    event.preventDefault();
    const checked = checkTransitionFields(record.status, transition.to, role, values);
    const fieldErrors = Object.fromEntries(Object.entries(checked.errors).filter(([, message]) => message)) as Record<string, string>;
    setErrors(fieldErrors);
    if (Object.keys(fieldErrors).length) return;
    setRefusal(null);
    try {
      await send(transition.to, checked.values);
      onClose();
    } catch (failure) {
      const { message, errors: apiErrors } = failure as TransitionFailure;
      setRefusal(message);
      setErrors(apiErrors);
    }
  }

  const text = (field: 'numeroParquet' | 'message' | 'reason', helper: string, multiline = false) => (
    <TextField
      id={`transition-${field}`}
      required
      fullWidth
      multiline={multiline}
      minRows={multiline ? 3 : undefined}
      label={TRANSITION_FIELD_LABELS[field]}
      value={values[field] ?? ''}
      onChange={(event) => change(field, event.target.value)}
      error={Boolean(errorOf(field))}
      helperText={errorOf(field) ?? helper}
      autoFocus={field !== 'reason'}
    />
  );

  return (
    <Dialog open onClose={sending ? undefined : onClose} aria-labelledby={titleId} fullWidth maxWidth="sm">
      <form onSubmit={submit} noValidate>
        <DialogTitle id={titleId}>{transition.label}</DialogTitle>
        <DialogContent>
          <Stack spacing={2} sx={{ pt: 1 }}>
            <DialogContentText>
              Saisine {record.reference}
              {needs.size === 0 ? ' : confirmez-vous cette action ?' : ''}
            </DialogContentText>
            {refusal && <Alert severity="error">{refusal}</Alert>}
            {needs.has('numeroParquet') && text('numeroParquet', 'Le numéro donné par Cassiopée, par exemple 26/123/45.')}
            {needs.has('assigneeId') && (
              <CourtUserSelect
                id="transition-assigneeId"
                label={TRANSITION_FIELD_LABELS.assigneeId}
                juridictionId={record.juridictionId}
                roles={[...ASSIGNEE_ROLES]}
                value={values.assigneeId ?? ''}
                error={errorOf('assigneeId')}
                onChange={(value) => change('assigneeId', value)}
              />
            )}
            {needs.has('message') && text('message', 'L’expéditeur le verra sur sa page de suivi et le recevra par courriel.', true)}
            {needs.has('juridictionId') && (
              <JuridictionAutocomplete
                currentId={record.juridictionId}
                value={values.juridictionId ?? ''}
                error={errorOf('juridictionId')}
                onChange={(value) => change('juridictionId', value)}
              />
            )}
            {needs.has('reason') && text('reason', 'Pourquoi cette juridiction est compétente (art. 43 CPP, pôle spécialisé…).', true)}
            {needs.has('decision') && <DecisionFields values={values} errors={errors} onChange={change} />}
            {needs.has('onBehalfOfId') && (
              <CourtUserSelect
                id="transition-onBehalfOfId"
                label={TRANSITION_FIELD_LABELS.onBehalfOfId}
                juridictionId={record.juridictionId}
                roles={['magistrat']}
                value={values.onBehalfOfId ?? ''}
                error={errorOf('onBehalfOfId')}
                onChange={(value) => change('onBehalfOfId', value)}
              />
            )}
          </Stack>
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose} disabled={sending}>
            Annuler
          </Button>
          <Button
            type="submit"
            variant="contained"
            disabled={sending}
            startIcon={sending ? <CircularProgress size={16} aria-hidden /> : undefined}
          >
            {sending ? 'Envoi…' : 'Valider'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
};
