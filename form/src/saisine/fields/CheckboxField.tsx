import type { ReactNode } from 'react';
import { useField } from 'formik';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';

/** A single DSFR checkbox bound to a boolean formik field. */
export function CheckboxField({ name, label, hint }: { name: string; label: ReactNode; hint?: ReactNode }) {
  const [field] = useField<boolean>({ name, type: 'checkbox' });
  return (
    <Checkbox
      options={[
        {
          label,
          hintText: hint,
          nativeInputProps: { ...field, checked: Boolean(field.value), value: undefined },
        },
      ]}
    />
  );
}
