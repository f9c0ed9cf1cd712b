import { useState } from 'react';
import { Alert, AlertTitle, Button } from '@mui/material';
import { useDataProvider, useNotify, useRefresh } from 'react-admin';
import type { AppDataProvider } from '../../../providers/dataProvider';
import type { SaisineDetail } from '../../types';
import { formatDateTime } from '../../../format';
import { toFailure } from './useSendTransition';

/**
 * An urgent referral nobody has taken into account yet: the alert and its « Prendre en compte »
 * button (for whoever may act on it). Once taken, who and when.
 */
export const PriseEnCompteAlert = ({ record }: { record: SaisineDetail }) => {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const [sending, setSending] = useState(false);
  if (!record.urgent) return null;
  if (record.firstAckAt) {
    return (
      <Alert severity="success" variant="outlined">
        Urgence prise en compte le {formatDateTime(record.firstAckAt)}
        {record.firstAckByName ? ` par ${record.firstAckByName}` : ''}.
      </Alert>
    );
  }
  const canAct = (record.availableTransitions ?? []).length > 0;
  const take = async () => {
    setSending(true);
    try {
      await dataProvider.takeIntoAccount(record.id);
      notify('Saisine urgente prise en compte : l’alerte cesse sur tous les écrans de la juridiction.', { type: 'success' });
    } catch (error) {
      notify(toFailure(error).message, { type: 'error' });
    } finally {
      setSending(false);
      refresh();
    }
  };
  const reminders = record.urgenceEscalations ?? 0;
  return (
    <Alert
      severity="error"
      role="alert"
      action={
        canAct ? (
          <Button color="inherit" variant="outlined" onClick={take} disabled={sending}>
            {sending ? 'Envoi…' : 'Prendre en compte'}
          </Button>
        ) : undefined
      }
    >
      <AlertTitle>Saisine urgente non prise en compte</AlertTitle>
      Reçue le {formatDateTime(record.receivedAt)}
      {record.urgenceDelaiMinutes ? ` ; délai cible de la juridiction : ${record.urgenceDelaiMinutes} minutes` : ''}
      {reminders > 0 ? ` ; permanence relancée ${reminders === 1 ? 'une fois' : `${reminders} fois`}` : ''}.
    </Alert>
  );
};
