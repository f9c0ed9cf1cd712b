import { useFormikContext } from 'formik';
import { SAISINE_KIND_LABELS } from '@info-parquet/common';
import { CheckboxField } from '../fields/CheckboxField';
import { RadioField } from '../fields/RadioField';
import { TextField } from '../fields/TextField';
import type { SaisineFormValues } from '../form-values';

/** What is sent and how urgently. */
export function NatureSection() {
  const { values } = useFormikContext<SaisineFormValues>();
  return (
    <section className="fr-mb-6w" aria-labelledby="section-nature">
      <h2 id="section-nature" className="fr-h4">
        Nature de la saisine
      </h2>
      <RadioField name="kind" legend="Type de saisine" required options={SAISINE_KIND_LABELS} />
      <CheckboxField
        name="urgent"
        label="Cette saisine est urgente"
        hint="Par exemple : danger pour des personnes, preuves sur le point de disparaître, prescription imminente, personne en garde à vue. Le magistrat de permanence sera prévenu."
      />
      {values.urgent && (
        <TextField name="urgencyReason" label="Motif de l’urgence" required textArea rows={3} maxLength={1000} />
      )}
    </section>
  );
}
