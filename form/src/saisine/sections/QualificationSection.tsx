import { useFormikContext } from 'formik';
import { CheckboxField } from '../fields/CheckboxField';
import { TextField } from '../fields/TextField';
import type { SaisineFormValues } from '../form-values';

/** How the agent qualifies the facts, and how urgently the parquet must know. */
export function QualificationSection() {
  const { values } = useFormikContext<SaisineFormValues>();
  return (
    <>
      <TextField name="qualification" label="Qualification proposée" hint="Facultatif. Exemple : Fraude fiscale" maxLength={500} />
      <TextField
        name="natinf"
        label="Code NATINF"
        hint="Facultatif. Le numéro de l’infraction dans la nomenclature du ministère de la Justice, 1 à 5 chiffres. Exemple : 7877"
        inputMode="numeric"
        maxLength={5}
        autoComplete="off"
      />
      <CheckboxField
        name="urgent"
        label="Cette saisine est urgente"
        hint="Par exemple : danger pour des personnes, preuves sur le point de disparaître, prescription imminente, personne en garde à vue. Le magistrat de permanence sera prévenu."
      />
      {values.urgent && (
        <TextField name="urgencyReason" label="Motif de l’urgence" required textArea rows={3} maxLength={1000} />
      )}
    </>
  );
}
