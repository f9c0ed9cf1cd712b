import { useEffect, useRef } from 'react';
import { useFormikContext } from 'formik';
import type { SaisineFormValues } from '../form-values';
import type { CourtRouting } from './use-court-routing';

/**
 * A restored draft: asks again which parquet its commune decides (the summary shows it), keeping
 * the agent's choice if still offered. Once per form, whatever step the draft was left at.
 */
export function RestoreCourtRouting({ routing }: { routing: CourtRouting }) {
  const { values, setFieldValue } = useFormikContext<SaisineFormValues>();
  const initial = useRef({ commune: values.commune, juridictionId: values.juridictionId });
  const { route } = routing;

  useEffect(() => {
    const { commune, juridictionId } = initial.current;
    if (!commune) return;
    void route(commune.codeInsee).then((court) => {
      if (court?.status === 'certain') void setFieldValue('juridictionId', court.juridiction.id, false);
      else if (court?.status === 'choice' && !court.candidates.some((c) => c.id === juridictionId)) {
        void setFieldValue('juridictionId', null, false);
      }
    });
  }, [route, setFieldValue]);

  return null;
}
