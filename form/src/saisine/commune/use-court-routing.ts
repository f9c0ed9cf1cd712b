import { useCallback, useRef, useState } from 'react';
import { fetchRoutage } from '../../api/public-api';
import type { JuridictionSummary } from '../../api/types';

/** Where the referral will go, as far as the form knows (art. 43 CPP: place of the facts first). */
export type CourtState =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'certain'; juridiction: JuridictionSummary }
  | { status: 'choice'; candidates: JuridictionSummary[] }
  | { status: 'error' };

/**
 * Asks the API which parquet is competent for the commune of the facts. Also takes the candidates
 * of a `400` answer (court needed) so that the agent can choose.
 */
export function useCourtRouting() {
  const [state, setState] = useState<CourtState>({ status: 'none' });
  const pending = useRef<AbortController | null>(null);

  /** Resolves with the new state, or null when a later call superseded this one. */
  const route = useCallback(async (codeInsee: string | null): Promise<CourtState | null> => {
    pending.current?.abort();
    pending.current = null;
    if (!codeInsee) {
      setState({ status: 'none' });
      return { status: 'none' };
    }
    const controller = new AbortController();
    pending.current = controller;
    setState({ status: 'loading' });
    let next: CourtState;
    try {
      const routage = await fetchRoutage(codeInsee, controller.signal);
      next =
        routage.certain && routage.juridiction
          ? { status: 'certain', juridiction: routage.juridiction }
          : { status: 'choice', candidates: routage.candidates };
    } catch {
      next = { status: 'error' };
    }
    if (controller.signal.aborted) return null;
    setState(next);
    return next;
  }, []);

  const offerCandidates = useCallback((candidates: JuridictionSummary[]) => {
    pending.current?.abort();
    setState({ status: 'choice', candidates });
  }, []);

  return { state, route, offerCandidates };
}

export type CourtRouting = ReturnType<typeof useCourtRouting>;
