import { Form, Formik } from 'formik';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { saisineSchema } from '@info-parquet/common';
import type { SaisineReceipt } from '../api/types';
import { useCourtRouting, type CourtState } from './commune/use-court-routing';
import { emptySaisine, type SaisineFormValues } from './form-values';
import { FocusFirstError } from './FocusFirstError';
import { CommuneSection } from './sections/CommuneSection';
import { FactsSection } from './sections/FactsSection';
import { NatureSection } from './sections/NatureSection';
import { PersonSection } from './sections/PersonSection';
import { SenderSection } from './sections/SenderSection';
import { SubmissionAlert } from './SubmissionAlert';
import { useSaisineSubmission } from './use-saisine-submission';

const FORM_ID = 'formulaire-saisine';

/** What the shared schema cannot know: the parquet must be chosen when the commune does not decide. */
function validateCourtChoice(values: SaisineFormValues, court: CourtState) {
  if (court.status === 'choice' && court.candidates.length > 0 && !values.juridictionId) {
    return { juridictionId: 'Choisissez le parquet compétent.' };
  }
  return {};
}

/** The submission form: one page for now, sections ready to become the steps of a longer form. */
export function SaisineForm({ onSent }: { onSent: (receipt: SaisineReceipt) => void }) {
  const routing = useCourtRouting();
  const { submit, sending, failure, clearFailure } = useSaisineSubmission({ onSent, onCandidates: routing.offerCandidates });

  return (
    <Formik<SaisineFormValues>
      initialValues={emptySaisine()}
      validationSchema={saisineSchema}
      validate={(values) => validateCourtChoice(values, routing.state)}
      onSubmit={submit}
    >
      {({ isSubmitting }) => (
        // A new attempt replaces the alert of the previous one.
        <Form id={FORM_ID} noValidate aria-describedby="mention-obligatoire" onSubmitCapture={clearFailure}>
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
          <Button type="submit" disabled={sending || isSubmitting} iconId="fr-icon-send-plane-line" iconPosition="right">
            {sending || isSubmitting ? 'Envoi en cours…' : 'Envoyer la saisine'}
          </Button>
        </Form>
      )}
    </Formik>
  );
}
