import { forwardRef } from 'react';
import { useFormikContext } from 'formik';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { PERSON_ROLE_LABELS, PERSON_TYPE_LABELS, todayInParis } from '@info-parquet/common';
import { RadioField } from '../fields/RadioField';
import { TextField } from '../fields/TextField';
import type { PersonFormValues, SaisineFormValues } from '../form-values';
import './persons.css';

const CLEARED_WHEN: Record<string, Partial<PersonFormValues>> = {
  morale: { lastName: '', firstName: '', birthDate: '' },
  physique: { name: '', siret: '' },
};

/** "Personne 2 : Victime" */
export function personTitle(person: PersonFormValues, index: number): string {
  return `Personne ${index + 1}${person.role ? ` : ${PERSON_ROLE_LABELS[person.role]}` : ''}`;
}

interface PersonFieldsProps {
  index: number;
  onRemove: () => void;
}

/** One person of the referral: role, natural or legal person, and what identifies them. */
export const PersonFields = forwardRef<HTMLHeadingElement, PersonFieldsProps>(function PersonFields({ index, onRemove }, titleRef) {
  const { values, setFieldValue } = useFormikContext<SaisineFormValues>();
  const person = values.persons[index];
  // The API names its errors `persons[0].siret` (yup paths): the same names find their fields.
  const path = `persons[${index}]`;
  const titleId = `personne-${index}-titre`;

  const clearOtherType = (type: string) => {
    for (const [key, value] of Object.entries(CLEARED_WHEN[type] ?? {})) void setFieldValue(`${path}.${key}`, value, false);
  };

  return (
    <section className={`ip-person ${fr.cx('fr-mb-4w', 'fr-p-3w')}`} aria-labelledby={titleId}>
      <h3 id={titleId} ref={titleRef} tabIndex={-1} className="fr-h6">
        {personTitle(person, index)}
      </h3>
      <RadioField name={`${path}.role`} legend="Rôle" required orientation="horizontal" options={PERSON_ROLE_LABELS} />
      <RadioField
        name={`${path}.type`}
        legend="Il s’agit d’une"
        required
        orientation="horizontal"
        options={PERSON_TYPE_LABELS}
        onValueChange={clearOtherType}
      />
      {person.type === 'physique' ? (
        <>
          <TextField name={`${path}.lastName`} label="Nom" required autoComplete="off" />
          <TextField name={`${path}.firstName`} label="Prénom" hint="Facultatif" autoComplete="off" />
          <TextField name={`${path}.birthDate`} label="Date de naissance" hint="Facultatif" type="date" max={todayInParis()} />
          <TextField name={`${path}.address`} label="Adresse" hint="Facultatif" autoComplete="off" maxLength={500} />
        </>
      ) : (
        <>
          <TextField name={`${path}.name`} label="Dénomination" hint="Exemple : SARL Exemple" required autoComplete="off" />
          <TextField
            name={`${path}.siret`}
            label="Numéro SIRET"
            hint="Facultatif. 14 chiffres, vérifiés avec leur clé de contrôle"
            inputMode="numeric"
            autoComplete="off"
          />
          <TextField name={`${path}.address`} label="Adresse du siège" hint="Facultatif" autoComplete="off" maxLength={500} />
        </>
      )}
      <Button type="button" priority="tertiary" size="small" iconId="fr-icon-delete-line" onClick={onRemove}>
        Retirer la personne {index + 1}
      </Button>
    </section>
  );
});
