import { ValidationError } from 'yup';
import { saisieGreffeSchema, validationErrorsByField } from '@info-parquet/common';

type Errors = { [key: string]: string | Errors | Errors[] };

/** `persons[0].lastName` → ['persons', 0, 'lastName']. */
const pathParts = (path: string) => path.split(/\.|\[(\d+)\]/).filter((part) => part !== undefined && part !== '');

function setPath(target: Errors, path: string, message: string) {
  const parts = pathParts(path);
  let node = target as Record<string, unknown>;
  parts.forEach((part, index) => {
    if (index === parts.length - 1) {
      node[part] = message;
      return;
    }
    node[part] ??= /^\d+$/.test(parts[index + 1]) ? [] : {};
    node = node[part] as Record<string, unknown>;
  });
}

/**
 * The shared schema (common/saisie-greffe.ts, the public form's schema plus channel and date) as a
 * react-admin form validator: the same rules and French messages as the form and the API.
 */
export async function validateSaisieGreffe(values: Record<string, unknown>): Promise<Errors> {
  try {
    await saisieGreffeSchema.validate(values, { abortEarly: false });
    return {};
  } catch (error) {
    if (!(error instanceof ValidationError)) throw error;
    const errors: Errors = {};
    for (const [path, message] of Object.entries(validationErrorsByField(error))) setPath(errors, path, message);
    return errors;
  }
}
