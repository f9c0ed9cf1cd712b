import type { AnySchema, ArraySchema, ObjectSchema } from 'yup';

/**
 * The types of a document, checked against a yup schema BEFORE any rule runs, so that a rule
 * never meets a value of the wrong type (yup's `trim` on an object would throw): every field of
 * the wrong type, every unknown field and every control character is named, in French. `null`
 * for a field that does not accept it means absent. Returns the document without those nulls.
 */
export const TYPE_MESSAGES = {
  string: 'Texte attendu.',
  boolean: 'Valeur vrai ou faux attendue (true ou false).',
  number: 'Nombre attendu.',
  object: 'Objet attendu.',
  array: 'Liste attendue.',
  unknown: 'Champ inconnu.',
  control: 'Caractères de contrôle interdits.',
} as const;

// Tabs and line breaks are text; the other C0 controls (NUL first: PostgreSQL refuses it) are not.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export interface GuardResult<T = unknown> {
  value: T;
  errors: Record<string, string>;
}

interface SchemaShape {
  type: string;
  spec: { nullable?: boolean };
  fields?: Record<string, AnySchema>;
  innerType?: AnySchema;
}

const isPlainObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) === Object.prototype;

export interface GuardOptions {
  /** `refuse` (default): an unknown field is an error; `ignore`: it is dropped (a back-office form sends back whole records). */
  unknownFields?: 'refuse' | 'ignore';
}

function guard(schema: AnySchema, value: unknown, path: string, errors: Map<string, string>, options: GuardOptions): unknown {
  const shape = schema as unknown as SchemaShape;
  const at = (message: string, key = path): undefined => {
    const field = key || '_';
    if (!errors.has(field)) errors.set(field, message);
    return undefined;
  };
  if (value === null) return shape.spec.nullable ? null : undefined;
  if (value === undefined) return undefined;
  switch (shape.type) {
    case 'string':
      if (typeof value !== 'string') return at(TYPE_MESSAGES.string);
      if (CONTROL.test(value)) return at(TYPE_MESSAGES.control);
      return value;
    case 'boolean':
      return typeof value === 'boolean' ? value : at(TYPE_MESSAGES.boolean);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? value : at(TYPE_MESSAGES.number);
    case 'array': {
      if (!Array.isArray(value)) return at(TYPE_MESSAGES.array);
      const inner = (schema as unknown as ArraySchema<unknown[], object>).innerType as AnySchema | undefined;
      return inner ? value.map((item, index) => guard(inner, item, `${path}[${index}]`, errors, options)) : value;
    }
    case 'object': {
      if (!isPlainObject(value)) return at(TYPE_MESSAGES.object);
      const fields = (schema as unknown as ObjectSchema<Record<string, unknown>>).fields as Record<string, AnySchema>;
      const result: Record<string, unknown> = {};
      for (const [key, item] of Object.entries(value)) {
        const child = path ? `${path}.${key}` : key;
        if (!Object.hasOwn(fields, key)) {
          if (options.unknownFields !== 'ignore') at(TYPE_MESSAGES.unknown, child);
          continue;
        }
        const checked = guard(fields[key], item, child, errors, options);
        if (checked !== undefined) result[key] = checked;
      }
      return result;
    }
    default:
      return value;
  }
}

export function guardTypes<T = unknown>(schema: AnySchema, input: unknown, options: GuardOptions = {}): GuardResult<T> {
  // A Map, then own properties: a field named `__proto__` or `constructor` is reported, never inherited or assigned as a prototype.
  const errors = new Map<string, string>();
  const value = guard(schema, input, '', errors, options);
  return { value: value as T, errors: Object.fromEntries(errors) };
}
