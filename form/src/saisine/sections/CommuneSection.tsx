import { useEffect, useRef } from 'react';
import { useFormikContext } from 'formik';
import type { Commune } from '../../api/types';
import { CommuneCombobox } from '../commune/CommuneCombobox';
import { JuridictionChoice } from '../commune/JuridictionChoice';
import type { CourtRouting } from '../commune/use-court-routing';
import { FieldLabel } from '../fields/FieldLabel';
import { TextField } from '../fields/TextField';
import { useFieldError } from '../fields/use-field-error';
import type { SaisineFormValues } from '../form-values';

const COMMUNE_FIELD = 'facts.communeInsee';

/** The place of the facts: it decides the competent parquet (art. 43 CPP). */
export function CommuneSection({ routing }: { routing: CourtRouting }) {
  const { values, setFieldValue, setFieldTouched } = useFormikContext<SaisineFormValues>();
  const { message } = useFieldError(COMMUNE_FIELD);
  const initial = useRef({ commune: values.commune, juridictionId: values.juridictionId });
  const { route } = routing;

  // A restored draft: ask again which parquet the commune decides, keeping the agent's choice if still offered.
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

  const onSelect = async (commune: Commune | null) => {
    await setFieldValue('commune', commune, false);
    await setFieldValue(COMMUNE_FIELD, commune?.codeInsee ?? '');
    await setFieldValue('juridictionId', null, false);
    const court = await routing.route(commune?.codeInsee ?? null);
    // The court the agent sees is the court sent: the API checks it against the commune.
    if (court?.status === 'certain') await setFieldValue('juridictionId', court.juridiction.id, false);
  };

  return (
    <section className="fr-mb-6w" aria-labelledby="section-lieu">
      <h2 id="section-lieu" className="fr-h4">
        Lieu des faits et parquet compétent
      </h2>
      <CommuneCombobox
        inputId={`champ-${COMMUNE_FIELD}`}
        label={<FieldLabel required>Commune des faits</FieldLabel>}
        hint="Saisissez le nom ou le code postal de la commune, puis choisissez-la dans la liste."
        required
        error={message}
        onSelect={(commune) => void onSelect(commune)}
        onBlur={() => void setFieldTouched(COMMUNE_FIELD, true)}
        initialCommune={initial.current.commune}
      />
      <JuridictionChoice court={routing.state} />
      <TextField name="facts.address" label="Adresse des faits" hint="Facultatif. Exemple : 12 rue Denis Papin" autoComplete="off" />
    </section>
  );
}
