import { useEffect, useRef, useState } from 'react';
import { FieldArray, useFormikContext } from 'formik';
import { fr } from '@codegouvfr/react-dsfr';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { emptyPerson, type SaisineFormValues } from '../form-values';
import { PersonFields } from './PersonFields';

type FocusAfter = { kind: 'person'; index: number } | { kind: 'add' } | null;

/**
 * The persons the agent knows of, as many as needed: implicated (mis en cause), victims,
 * witnesses. After an addition the focus goes to the new person, after a removal to "Ajouter".
 */
export function PersonsSection() {
  const { values } = useFormikContext<SaisineFormValues>();
  const titles = useRef<(HTMLHeadingElement | null)[]>([]);
  const addButton = useRef<HTMLButtonElement>(null);
  const [focusAfter, setFocusAfter] = useState<FocusAfter>(null);

  useEffect(() => {
    if (!focusAfter) return;
    if (focusAfter.kind === 'person') titles.current[focusAfter.index]?.focus();
    else addButton.current?.focus();
    setFocusAfter(null);
  }, [focusAfter]);

  return (
    <FieldArray name="persons">
      {({ push, remove }) => (
        <>
          <p>
            Facultatif : indiquez les personnes que vous connaissez, mises en cause (personnes physiques ou morales),
            victimes ou témoins.
          </p>
          {values.persons.length === 0 && <p className={fr.cx('fr-text--sm')}>Aucune personne indiquée.</p>}
          {values.persons.map((_person, index) => (
            <PersonFields
              // The values live in formik, not in these components: the position is a stable enough key.
              key={index}
              index={index}
              ref={(element) => {
                titles.current[index] = element;
              }}
              onRemove={() => {
                remove(index);
                setFocusAfter({ kind: 'add' });
              }}
            />
          ))}
          <Button
            ref={addButton}
            type="button"
            priority="secondary"
            iconId="fr-icon-add-line"
            onClick={() => {
              push(emptyPerson());
              setFocusAfter({ kind: 'person', index: values.persons.length });
            }}
          >
            Ajouter une personne
          </Button>
        </>
      )}
    </FieldArray>
  );
}
