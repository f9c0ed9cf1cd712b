import { useFormikContext } from 'formik';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { PERSON_TYPE_LABELS, todayInParis } from '@info-parquet/common';
import { RadioField } from '../fields/RadioField';
import { TextField } from '../fields/TextField';
import { emptyMisEnCause, type SaisineFormValues } from '../form-values';

// This first version takes one person implicated: `persons[0]` of the shared schema.
const PERSON = 'persons[0]';

/** The person implicated (mis en cause), if the agent knows one. */
export function PersonSection() {
  const { values, setFieldValue } = useFormikContext<SaisineFormValues>();
  const person = values.persons[0];

  const clearOtherType = (type: string) => {
    const cleared = type === 'morale' ? { lastName: '', firstName: '', birthDate: '' } : { name: '', siret: '' };
    for (const [key, value] of Object.entries(cleared)) void setFieldValue(`${PERSON}.${key}`, value, false);
  };

  return (
    <section className="fr-mb-6w" aria-labelledby="section-personne">
      <h2 id="section-personne" className="fr-h4">
        Personne mise en cause
      </h2>
      {!person ? (
        <>
          <p className={fr.cx('fr-text--sm')}>Facultatif : indiquez-la si vous la connaissez.</p>
          <Button
            type="button"
            priority="secondary"
            iconId="fr-icon-add-line"
            onClick={() => void setFieldValue('persons', [emptyMisEnCause()])}
          >
            Ajouter une personne mise en cause
          </Button>
        </>
      ) : (
        <>
          <RadioField
            name={`${PERSON}.type`}
            legend="Il s’agit d’une"
            required
            orientation="horizontal"
            options={PERSON_TYPE_LABELS}
            onValueChange={clearOtherType}
          />
          {person.type === 'physique' ? (
            <>
              <TextField name={`${PERSON}.lastName`} label="Nom" required autoComplete="off" />
              <TextField name={`${PERSON}.firstName`} label="Prénom" hint="Facultatif" autoComplete="off" />
              <TextField name={`${PERSON}.birthDate`} label="Date de naissance" hint="Facultatif" type="date" max={todayInParis()} />
            </>
          ) : (
            <>
              <TextField name={`${PERSON}.name`} label="Dénomination" hint="Exemple : SARL Exemple" required autoComplete="off" />
              <TextField
                name={`${PERSON}.siret`}
                label="Numéro SIRET"
                hint="Facultatif. 14 chiffres"
                inputMode="numeric"
                autoComplete="off"
              />
            </>
          )}
          <Button
            type="button"
            priority="tertiary"
            iconId="fr-icon-delete-line"
            onClick={() => void setFieldValue('persons', [])}
          >
            Retirer cette personne
          </Button>
        </>
      )}
    </section>
  );
}
