import { useEffect } from 'react';
import { useFormikContext } from 'formik';

/**
 * After a submit that the form itself refused, puts the focus on the first field in error
 * (DSFR / RGAA guidance). Disabled when the API refused it: its alert takes the focus then.
 */
export function FocusFirstError({ formId, enabled }: { formId: string; enabled: boolean }) {
  const { submitCount, isSubmitting, isValid } = useFormikContext();
  useEffect(() => {
    if (!enabled || submitCount === 0 || isSubmitting || isValid) return;
    const field = document.getElementById(formId)?.querySelector<HTMLElement>('[aria-invalid="true"]');
    field?.focus();
  }, [enabled, submitCount, isSubmitting, isValid, formId]);
  return null;
}
