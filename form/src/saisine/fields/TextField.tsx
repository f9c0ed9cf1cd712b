import type { ReactNode } from 'react';
import { useField } from 'formik';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { FieldLabel } from './FieldLabel';
import { deferredBlur } from './after-pointer-release';
import { useFieldError } from './use-field-error';

interface TextFieldProps {
  name: string;
  label: string;
  hint?: ReactNode;
  required?: boolean;
  type?: 'text' | 'email' | 'tel' | 'date';
  autoComplete?: string;
  inputMode?: 'text' | 'numeric' | 'tel' | 'email';
  maxLength?: number;
  /** Latest date accepted by a date input (`YYYY-MM-DD`). */
  max?: string;
  textArea?: boolean;
  rows?: number;
}

/** A DSFR input or textarea bound to a formik field, its error shown the DSFR way. */
export function TextField({ name, label, hint, required, type = 'text', textArea, rows = 6, ...rest }: TextFieldProps) {
  const [field] = useField<string | null>(name);
  const { message, dsfrState, ariaInvalid } = useFieldError(name);
  const common = {
    id: `champ-${name}`,
    name,
    value: field.value ?? '',
    onChange: field.onChange,
    onBlur: deferredBlur(field.onBlur),
    required,
    'aria-invalid': ariaInvalid,
    maxLength: rest.maxLength,
  };
  const label$ = <FieldLabel required={required}>{label}</FieldLabel>;
  if (textArea) {
    return (
      <Input
        textArea
        label={label$}
        hintText={hint}
        state={dsfrState}
        stateRelatedMessage={message}
        nativeTextAreaProps={{ ...common, rows }}
      />
    );
  }
  return (
    <Input
      label={label$}
      hintText={hint}
      state={dsfrState}
      stateRelatedMessage={message}
      nativeInputProps={{ ...common, type, max: rest.max, autoComplete: rest.autoComplete, inputMode: rest.inputMode }}
    />
  );
}
