import type { ReactNode } from 'react';
import { useField } from 'formik';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { FieldLabel } from './FieldLabel';
import { deferredBlur } from './after-pointer-release';
import { useFieldError } from './use-field-error';

interface RadioFieldProps {
  name: string;
  legend: string;
  hint?: ReactNode;
  required?: boolean;
  /** value -> French label, e.g. SAISINE_KIND_LABELS from common. */
  options: Readonly<Record<string, string>>;
  /** value -> a hint under that option. */
  hints?: Readonly<Record<string, ReactNode>>;
  orientation?: 'vertical' | 'horizontal';
  /** Called after the value changed (e.g. to clear fields that no longer apply). */
  onValueChange?: (value: string) => void;
}

/** A DSFR radio group bound to a formik field. */
export function RadioField({ name, legend, hint, required, options, hints, orientation, onValueChange }: RadioFieldProps) {
  const [field, , helpers] = useField<string | null>(name);
  const { message, dsfrState, ariaInvalid } = useFieldError(name);
  return (
    <RadioButtons
      legend={<FieldLabel required={required}>{legend}</FieldLabel>}
      hintText={hint}
      name={name}
      orientation={orientation}
      state={dsfrState}
      stateRelatedMessage={message}
      options={Object.entries(options).map(([value, label]) => ({
        label,
        hintText: hints?.[value] || undefined,
        nativeInputProps: {
          value,
          checked: field.value === value,
          required,
          'aria-invalid': ariaInvalid,
          onBlur: deferredBlur(field.onBlur),
          onChange: () => {
            void helpers.setValue(value);
            onValueChange?.(value);
          },
        },
      }))}
    />
  );
}
