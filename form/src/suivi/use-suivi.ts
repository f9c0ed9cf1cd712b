import { useEffect, useState } from 'react';
import { ApiError } from '../api/http';
import { fetchSuivi } from '../api/public-api';
import type { Suivi } from '../api/types';

export type SuiviState =
  | { status: 'loading' }
  | { status: 'found'; suivi: Suivi }
  | { status: 'not-found' }
  | { status: 'error' };

interface Answer {
  token: string;
  state: SuiviState;
}

/** The referral as its sender may see it, from the token of the tracking link. */
export function useSuivi(token: string, reload = 0): SuiviState {
  const [answer, setAnswer] = useState<Answer | null>(null);

  useEffect(() => {
    const controller = new AbortController();
    fetchSuivi(token, controller.signal).then(
      (suivi) => setAnswer({ token, state: { status: 'found', suivi } }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        const notFound = error instanceof ApiError && error.status === 404;
        setAnswer({ token, state: { status: notFound ? 'not-found' : 'error' } });
      },
    );
    return () => controller.abort();
  }, [token, reload]);

  return answer?.token === token ? answer.state : { status: 'loading' };
}
