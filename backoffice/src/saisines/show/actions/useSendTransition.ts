import { useState } from 'react';
import { useDataProvider, useNotify, useRedirect, useRefresh } from 'react-admin';
import { TRANSITION_NOTICES, type SaisineStatus, type TransitionValues } from '@info-parquet/common';
import type { AppDataProvider } from '../../../providers/dataProvider';
import type { SaisineDetail } from '../../types';

/** An API refusal as react-admin's HttpError carries it: the French message and the fields at fault. */
export interface TransitionFailure {
  message: string;
  errors: Record<string, string>;
}

export function toFailure(error: unknown): TransitionFailure {
  const { message, body } = (error ?? {}) as { message?: unknown; body?: { message?: unknown; errors?: unknown } };
  const text = typeof body?.message === 'string' ? body.message : typeof message === 'string' && message ? message : null;
  const errors = body?.errors && typeof body.errors === 'object' ? (body.errors as Record<string, string>) : {};
  return { message: text ?? 'La demande n’a pas abouti. Réessayez dans quelques instants.', errors };
}

/**
 * Sends one transition with the version on screen, then tells the user and refreshes the page
 * (or goes back to the list when the referral has left the court). Throws a TransitionFailure.
 */
export function useSendTransition(record: Pick<SaisineDetail, 'id' | 'version'>) {
  const dataProvider = useDataProvider<AppDataProvider>();
  const notify = useNotify();
  const refresh = useRefresh();
  const redirect = useRedirect();
  const [sending, setSending] = useState(false);

  async function send(to: SaisineStatus, values: TransitionValues): Promise<void> {
    setSending(true);
    try {
      const { data } = await dataProvider.transition(record.id, { to, version: record.version ?? 0, ...values });
      notify(TRANSITION_NOTICES[to], { type: 'success' });
      if (data.visible === false) redirect('list', 'saisines');
      else refresh();
    } catch (error) {
      throw toFailure(error);
    } finally {
      setSending(false);
    }
  }

  return { send, sending };
}
