import type { ReactNode } from 'react';
import { useField } from 'formik';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { FieldLabel } from './FieldLabel';
import { deferredBlur } from './after-pointer-release';
import { useFieldError } from './use-field-error';

interface SelectFieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  /** value -> French label, e.g. ADMINISTRATION_KIND_LABELS from common. */
  options: Readonly<Record<string, string>>;
  placeholder?: string;
}

/** A DSFR select bound to a formik field. */
export function SelectField({ name, label, hint, required, options, placeholder = 'Sélectionnez une option' }: SelectFieldProps) {
  const [field] = useField<string>(name);
  const { message, dsfrState, ariaInvalid } = useFieldError(name);
  return (
    <Select
      label={<FieldLabel required={required}>{label}</FieldLabel>}
      hint={hint}
      state={dsfrState}
      stateRelatedMessage={message}
      nativeSelectProps={{ ...field, onBlur: deferredBlur(field.onBlur), id: `champ-${name}`, required, 'aria-invalid': ariaInvalid }}
    >
      <option value="" disabled>
        {placeholder}
      </option>
      {Object.entries(options).map(([value, text]) => (
        <option key={value} value={value}>
          {text}
        </option>
      ))}
    </Select>
  );
}
