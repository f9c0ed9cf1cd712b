import { useEffect, useState } from 'react';
import { useCanAccess, useNotify, useRefresh } from 'react-admin';

/** What `GET /api/events` says of a referral (never its content). */
export interface LiveSaisine {
  saisineId: string;
  reference: string;
  urgent: boolean;
  status: string;
}

/**
 * Listens to the court's live stream (server-sent events). On any arrival or change, the open
 * list and its counts refresh; on an urgent arrival, a notice is shown and returned (for the
 * screen-reader announcement). The browser's EventSource reconnects by itself, with Last-Event-ID.
 */
export function useLiveSaisines(url = '/api/events'): LiveSaisine | null {
  const { canAccess } = useCanAccess({ action: 'list', resource: 'saisines' });
  const notify = useNotify();
  const refresh = useRefresh();
  const [lastUrgent, setLastUrgent] = useState<LiveSaisine | null>(null);

  useEffect(() => {
    if (!canAccess || typeof EventSource === 'undefined') return;
    const source = new EventSource(url, { withCredentials: true });
    const onArrival = (event: MessageEvent<string>) => {
      const saisine = JSON.parse(event.data) as LiveSaisine;
      if (saisine.urgent) {
        setLastUrgent(saisine);
        notify(`Saisine urgente reçue : ${saisine.reference}`, { type: 'warning', autoHideDuration: 15_000 });
      }
      refresh();
    };
    const onChange = () => refresh();
    source.addEventListener('saisine_recue', onArrival);
    source.addEventListener('saisine_statut', onChange);
    return () => source.close();
  }, [canAccess, url, notify, refresh]);

  return lastUrgent;
}
