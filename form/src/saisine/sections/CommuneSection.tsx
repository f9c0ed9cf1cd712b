import { useRef } from 'react';
import { useFormikContext } from 'formik';
import type { Commune } from '../../api/types';
import { CommuneCombobox } from '../commune/CommuneCombobox';
import { JuridictionChoice } from '../commune/JuridictionChoice';
import { SpecialisedParquetChoice } from '../commune/SpecialisedParquetChoice';
import type { CourtRouting } from '../commune/use-court-routing';
import type { SpecialisedParquets } from '../commune/use-specialised-parquets';
import { afterPointerRelease } from '../fields/after-pointer-release';
import { FieldLabel } from '../fields/FieldLabel';
import { TextField } from '../fields/TextField';
import { useFieldError } from '../fields/use-field-error';
import type { SaisineFormValues } from '../form-values';

export const COMMUNE_FIELD = 'facts.communeInsee';

/** The place of the facts: it decides the competent parquet (art. 43 CPP), unless a specialised one is chosen. */
export function CommuneSection({ routing, specialised }: { routing: CourtRouting; specialised: SpecialisedParquets }) {
  const { values, setFieldValue, setFieldTouched } = useFormikContext<SaisineFormValues>();
  const { message } = useFieldError(COMMUNE_FIELD);
  // The combobox shows the commune chosen before (a former visit of this step, or a restored draft).
  const initialCommune = useRef(values.commune);

  const onSelect = async (commune: Commune | null) => {
    await setFieldValue('commune', commune, false);
    await setFieldValue(COMMUNE_FIELD, commune?.codeInsee ?? '');
    await setFieldValue('juridictionId', null, false);
    const court = await routing.route(commune?.codeInsee ?? null);
    // The court the agent sees is the court sent: the API checks it against the commune.
    if (court?.status === 'certain') await setFieldValue('juridictionId', court.juridiction.id, false);
  };

  return (
    <section className="fr-mb-4w" aria-labelledby="section-lieu">
      <h3 id="section-lieu" className="fr-h5">
        Lieu des faits et parquet compétent
      </h3>
      <CommuneCombobox
        inputId={`champ-${COMMUNE_FIELD}`}
        label={<FieldLabel required>Commune des faits</FieldLabel>}
        hint="Saisissez le nom ou le code postal de la commune, puis choisissez-la dans la liste."
        required
        error={message}
        onSelect={(commune) => void onSelect(commune)}
        onBlur={() => afterPointerRelease(() => void setFieldTouched(COMMUNE_FIELD, true))}
        initialCommune={initialCommune.current}
      />
      <JuridictionChoice court={routing.state} />
      <TextField name="facts.address" label="Adresse des faits" hint="Facultatif. Exemple : 12 rue Denis Papin" autoComplete="off" />
      <SpecialisedParquetChoice specialised={specialised} />
    </section>
  );
}
