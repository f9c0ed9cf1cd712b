import { useCallback, useEffect, useState, type RefObject } from 'react';
import { setNestedObjectValues, useFormikContext, type FormikErrors } from 'formik';
import type { SaisineFormValues } from '../form-values';
import { errorsOfStep, firstStepWithErrors, stepById, stepIndex, STEPS, SUMMARY_STEP, type StepId } from './steps';

type FocusTarget = 'title' | 'error';

/**
 * Moves between the steps: "Suivant" checks the current step's fields only (the shared schema
 * through formik), "Précédent" and "Modifier" keep every value. The focus goes to the step's
 * title after a move, to the first field in error after a refusal (DSFR / RGAA guidance).
 */
export function useStepNavigation({ formId, stepperRef, rejected }: { formId: string; stepperRef: RefObject<HTMLElement | null>; rejected: boolean }) {
  const { values, touched, validateForm, setTouched, setFieldValue, submitForm } = useFormikContext<SaisineFormValues>();
  const current = stepById(values.step);
  const index = stepIndex(current.id);
  const [focus, setFocus] = useState<{ target: FocusTarget; count: number } | null>(null);
  // Back from the summary to change one step: "Suivant" returns to the summary.
  const [editing, setEditing] = useState(false);
  // After the API refused fields, the agent corrects them and goes straight back to the summary.
  if (rejected && !editing && current.id !== SUMMARY_STEP) setEditing(true);

  useEffect(() => {
    if (!focus) return;
    if (focus.target === 'error') {
      document.getElementById(formId)?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    // The DSFR stepper's title is a plain h2: it takes the focus by script only.
    const title = stepperRef.current?.querySelector<HTMLElement>('.fr-stepper__title');
    title?.setAttribute('tabindex', '-1');
    title?.focus();
  }, [focus, formId, stepperRef]);

  const requestFocus = useCallback((target: FocusTarget) => setFocus((previous) => ({ target, count: (previous?.count ?? 0) + 1 })), []);

  const goTo = useCallback(
    (id: StepId, target: FocusTarget = 'title') => {
      void setFieldValue('step', id, false);
      requestFocus(target);
    },
    [setFieldValue, requestFocus],
  );

  /** Shows the given errors on their fields (a field shows its error once touched). */
  const showErrors = (errors: FormikErrors<SaisineFormValues>) =>
    setTouched({ ...touched, ...setNestedObjectValues(errors, true) }, false);

  const next = async () => {
    const errors = errorsOfStep(await validateForm(), current);
    if (Object.keys(errors).length > 0) {
      void showErrors(errors);
      requestFocus('error');
      return;
    }
    if (editing) setEditing(false);
    goTo(editing ? SUMMARY_STEP : STEPS[index + 1].id);
  };

  const previous = () => goTo(STEPS[Math.max(0, index - 1)].id);

  const edit = (id: StepId) => {
    setEditing(true);
    goTo(id);
  };

  /** The summary's button: a step left invalid (e.g. an old draft) is shown with its errors. */
  const send = async () => {
    const errors = await validateForm();
    const invalid = firstStepWithErrors(errors);
    if (invalid) {
      void showErrors(errors);
      goTo(invalid.id, 'error');
      return;
    }
    await submitForm();
  };

  return { current, index, isSummary: current.id === SUMMARY_STEP, editing, next, previous, edit, send };
}
