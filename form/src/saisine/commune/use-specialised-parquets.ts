import { useEffect, useState } from 'react';
import { fetchJuridictions } from '../../api/public-api';
import type { JuridictionPublique } from '../../api/types';

export interface SpecialisedParquets {
  status: 'idle' | 'loading' | 'done' | 'error';
  parquets: JuridictionPublique[];
}

/**
 * The specialised parquets (PNF, PNAT…), asked for once the agent wants one and kept from then on.
 * After a failure, unticking and ticking the choice again asks again.
 */
export function useSpecialisedParquets(wanted: boolean): SpecialisedParquets {
  const [state, setState] = useState<SpecialisedParquets>({ status: 'idle', parquets: [] });
  const { status } = state;

  useEffect(() => {
    if (!wanted && status === 'error') setState({ status: 'idle', parquets: [] });
    if (!wanted || status !== 'idle') return;
    setState({ status: 'loading', parquets: [] });
    // Not aborted on cleanup: the status change re-runs this effect, and the answer is still wanted.
    fetchJuridictions().then(
      (all) => setState({ status: 'done', parquets: all.filter((juridiction) => juridiction.type === 'SPECIALISE') }),
      () => setState({ status: 'error', parquets: [] }),
    );
  }, [wanted, status]);

  return state;
}
