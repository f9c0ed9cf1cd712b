import { reach, type Schema } from 'yup';
import { saisieGreffeSchema } from '@info-parquet/common';

/**
 * react-admin marks a field as required (« * » after its label) when its validator says so
 * (`isRequired`); the paper-entry form validates as a whole with the shared schema
 * (validateSaisieGreffe), so each field gets this mark-only validator when the schema requires it.
 */
const REQUIRED = Object.assign(() => undefined, { isRequired: true });

/** `{ validate }` marking the field required when the shared schema requires it; `{}` otherwise. */
export function requiredMark(path: string, parent: Record<string, unknown> = {}): { validate?: typeof REQUIRED } {
  const field = reach(saisieGreffeSchema as unknown as Schema, path) as Schema;
  return field.describe({ parent, value: undefined }).optional ? {} : { validate: REQUIRED };
}
