import { forwardRef } from 'react';
import { Stepper } from '@codegouvfr/react-dsfr/Stepper';
import { usePageTitle } from '../../layout/use-page-title';
import { STEPS } from './steps';

export const FORM_TITLE = 'Transmettre une saisine au parquet';

/** Where the agent is: the DSFR stepper, and the same in the page's title (RGAA 8.6). */
export const SaisineStepper = forwardRef<HTMLDivElement, { index: number }>(function SaisineStepper({ index }, ref) {
  const step = STEPS[index];
  const position = `étape ${index + 1} sur ${STEPS.length}`;
  usePageTitle(`${step.title} (${position}) – ${FORM_TITLE}`);
  return (
    <Stepper
      ref={ref}
      currentStep={index + 1}
      stepCount={STEPS.length}
      title={step.title}
      nextTitle={STEPS[index + 1]?.title}
    />
  );
});
