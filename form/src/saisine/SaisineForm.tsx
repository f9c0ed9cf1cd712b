import { Form, Formik } from 'formik';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { saisineSchema } from '@info-parquet/common';
import type { SaisineReceipt } from '../api/types';
import { useCourtRouting, type CourtState } from './commune/use-court-routing';
import { DraftAutosave } from './draft/DraftAutosave';
import type { SaisineFormValues } from './form-values';
import { FocusFirstError } from './FocusFirstError';
import { PiecesJointesSection } from './pieces/PiecesJointesSection';
import { usePiecesJointes } from './pieces/use-pieces-jointes';
import { CommuneSection } from './sections/CommuneSection';
import { FactsSection } from './sections/FactsSection';
import { NatureSection } from './sections/NatureSection';
import { PersonSection } from './sections/PersonSection';
import { SenderSection } from './sections/SenderSection';
import { SubmissionAlert } from './SubmissionAlert';
import { useSaisineSubmission } from './use-saisine-submission';

const FORM_ID = 'formulaire-saisine';
const UPLOAD_WAIT_ID = 'attente-pieces-jointes';

/** What the shared schema cannot know: the parquet must be chosen when the commune does not decide. */
function validateCourtChoice(values: SaisineFormValues, court: CourtState) {
  if (court.status === 'choice' && court.candidates.length > 0 && !values.juridictionId) {
    return { juridictionId: 'Choisissez le parquet compétent.' };
  }
  return {};
}

interface SaisineFormProps {
  initialValues: SaisineFormValues;
  onSent: (receipt: SaisineReceipt) => void;
}

/** The submission form: one page for now, sections ready to become the steps of a longer form. */
export function SaisineForm({ initialValues, onSent }: SaisineFormProps) {
  const routing = useCourtRouting();
  const pieces = usePiecesJointes();
  const { submit, sending, failure, clearFailure } = useSaisineSubmission({ onSent, onCandidates: routing.offerCandidates });

  return (
    <Formik<SaisineFormValues>
      initialValues={initialValues}
      validationSchema={saisineSchema}
      validate={(values) => validateCourtChoice(values, routing.state)}
      // A file still on its way would be missing from the referral: Enter in a field sends nothing either.
      onSubmit={(values, helpers) => (pieces.uploading ? undefined : submit(values, helpers, pieces.attachmentIds))}
    >
      {({ isSubmitting }) => (
        // A new attempt replaces the alert of the previous one.
        <Form id={FORM_ID} noValidate aria-describedby="mention-obligatoire" onSubmitCapture={clearFailure}>
          <DraftAutosave />
          <FocusFirstError formId={FORM_ID} enabled={failure === null} />
          {failure && <SubmissionAlert failure={failure} />}
          <p id="mention-obligatoire" className={fr.cx('fr-text--sm')}>
            Les champs marqués d’un astérisque (*) sont obligatoires.
          </p>
          <NatureSection />
          <SenderSection />
          <FactsSection />
          <CommuneSection routing={routing} />
          <PersonSection />
          <PiecesJointesSection pieces={pieces} />
          <Button
            type="submit"
            disabled={sending || isSubmitting || pieces.uploading}
            iconId="fr-icon-send-plane-line"
            iconPosition="right"
            nativeButtonProps={{ 'aria-describedby': pieces.uploading ? UPLOAD_WAIT_ID : undefined }}
          >
            {sending || isSubmitting ? 'Envoi en cours…' : 'Envoyer la saisine'}
          </Button>
          <p id={UPLOAD_WAIT_ID} aria-live="polite" className={fr.cx('fr-text--sm', 'fr-mt-1w')}>
            {pieces.uploading && 'Envoi des pièces jointes en cours : attendez qu’il se termine pour envoyer la saisine.'}
          </p>
        </Form>
      )}
    </Formik>
  );
}
