import { useCallback, useRef } from 'react';
import { Formik, useFormikContext, type FormikHelpers } from 'formik';
import { fr } from '@codegouvfr/react-dsfr';
import { saisineSchema } from '@info-parquet/common';
import type { SaisineReceipt } from '../api/types';
import { RestoreCourtRouting } from './commune/RestoreCourtRouting';
import { validateSpecialisedChoice } from './commune/SpecialisedParquetChoice';
import { useCourtRouting, type CourtRouting, type CourtState } from './commune/use-court-routing';
import { useSpecialisedParquets, type SpecialisedParquets } from './commune/use-specialised-parquets';
import { DraftAutosave } from './draft/DraftAutosave';
import type { SaisineFormValues } from './form-values';
import { usePiecesJointes, type PiecesJointes } from './pieces/use-pieces-jointes';
import { StepButtons } from './steps/StepButtons';
import { StepContent } from './steps/StepContent';
import { SaisineStepper } from './steps/SaisineStepper';
import { stepOfPath, STEPS } from './steps/steps';
import { useStepNavigation } from './steps/use-step-navigation';
import { SubmissionAlert } from './SubmissionAlert';
import { useSaisineSubmission, type SubmissionFailure } from './use-saisine-submission';

const FORM_ID = 'formulaire-saisine';

/** What the shared schema cannot know: the parquet must be chosen when the commune does not decide. */
function validateCourtChoice(values: SaisineFormValues, court: CourtState) {
  if (!values.specialise && court.status === 'choice' && court.candidates.length > 0 && !values.juridictionId) {
    return { juridictionId: 'Choisissez le parquet compétent.' };
  }
  return {};
}

interface SaisineFormProps {
  initialValues: SaisineFormValues;
  onSent: (receipt: SaisineReceipt) => void;
}

/** The submission form, in steps, ending with a summary to check before sending. */
export function SaisineForm({ initialValues, onSent }: SaisineFormProps) {
  const routing = useCourtRouting();
  const pieces = usePiecesJointes();
  // The API refused fields: the agent sees the first step (in the form's order) that holds one, with the alert.
  const onRejected = useCallback((errors: Record<string, string>, helpers: FormikHelpers<SaisineFormValues>) => {
    const steps = Object.keys(errors).map((path) => stepOfPath(path)?.id);
    const first = STEPS.find((step) => steps.includes(step.id));
    if (first) void helpers.setFieldValue('step', first.id, false);
  }, []);
  const submission = useSaisineSubmission({ onSent, onCandidates: routing.offerCandidates, onRejected });

  return (
    <Formik<SaisineFormValues>
      initialValues={initialValues}
      validationSchema={saisineSchema}
      validate={(values) => ({ ...validateCourtChoice(values, routing.state), ...validateSpecialisedChoice(values) })}
      // A file still on its way would be missing from the referral.
      onSubmit={(values, helpers) => (pieces.uploading ? undefined : submission.submit(values, helpers, pieces.attachmentIds))}
    >
      <SaisineSteps routing={routing} pieces={pieces} sending={submission.sending} failure={submission.failure} clearFailure={submission.clearFailure} />
    </Formik>
  );
}

interface SaisineStepsProps {
  routing: CourtRouting;
  pieces: PiecesJointes;
  sending: boolean;
  failure: SubmissionFailure | null;
  clearFailure: () => void;
}

function SaisineSteps({ routing, pieces, sending, failure, clearFailure }: SaisineStepsProps) {
  const { values, isSubmitting } = useFormikContext<SaisineFormValues>();
  const stepperRef = useRef<HTMLDivElement>(null);
  const navigation = useStepNavigation({ formId: FORM_ID, stepperRef, rejected: failure?.kind === 'rejected' });
  const specialised = useSpecialisedParquets(values.specialise);

  return (
    <form
      id={FORM_ID}
      noValidate
      aria-describedby={navigation.isSummary ? undefined : 'mention-obligatoire'}
      onSubmit={(event) => {
        event.preventDefault();
        // A new attempt replaces the alert of the previous one; Enter in a field means "Suivant".
        clearFailure();
        if (!navigation.isSummary) void navigation.next();
        else if (!pieces.uploading && !sending) void navigation.send();
      }}
    >
      <DraftAutosave />
      <RestoreCourtRouting routing={routing} />
      <SaisineStepper ref={stepperRef} index={navigation.index} />
      {failure && <SubmissionAlert failure={failure} />}
      {!navigation.isSummary && (
        <p id="mention-obligatoire" className={fr.cx('fr-text--sm')}>
          Les champs marqués d’un astérisque (*) sont obligatoires.
        </p>
      )}
      <StepContent
        step={navigation.current.id}
        routing={routing}
        specialised={specialised}
        pieces={pieces}
        parquet={parquetLabel(values, routing.state, specialised)}
        onEdit={navigation.edit}
      />
      <StepButtons navigation={navigation} sending={sending || isSubmitting} uploading={pieces.uploading} />
    </form>
  );
}

/** The parquet the referral goes to, as far as the form knows (the API decides in the end). */
function parquetLabel(values: SaisineFormValues, court: CourtState, specialised: SpecialisedParquets): string | null {
  if (values.specialise) return specialised.parquets.find((parquet) => parquet.id === values.parquetSpecialiseId)?.nom ?? null;
  if (court.status === 'certain') return court.juridiction.nom;
  if (court.status === 'choice') return court.candidates.find((candidate) => candidate.id === values.juridictionId)?.nom ?? null;
  return null;
}
