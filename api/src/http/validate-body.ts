import { ValidationError, type AnySchema, type InferType } from 'yup';
import { guardTypes, validationErrorsByField, type GuardOptions } from '@info-parquet/common';
import { AppError } from './app-error';

export interface ValidateOptions extends GuardOptions {
  /** The 400's message when a field is wrong (the fields themselves go in `errors`). */
  message?: string;
  /** yup's context (e.g. the user's e-mail for the password rules). */
  context?: Record<string, unknown>;
}

const INVALID = 'Certains champs sont manquants ou invalides.';

/** A JSON object, or a 400. */
export function requireObject(body: unknown): Record<string, unknown> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw AppError.badRequest('Le corps de la requête doit être un objet JSON.');
  return body as Record<string, unknown>;
}

/** The body's types against the schema (common/input/type-guard.ts), or a 400 naming each field; nulls for absent fields removed. */
export function checkTypes<T = Record<string, unknown>>(schema: AnySchema, body: unknown, options: ValidateOptions = {}): T {
  const typed = guardTypes<T>(schema, requireObject(body), options);
  if (Object.keys(typed.errors).length) throw AppError.badRequest(options.message ?? INVALID, typed.errors);
  return typed.value;
}

/**
 * Every write's input: types first (no rule ever meets a wrong type), then the shared schema's
 * rules with unknown keys stripped; every message by field, in French.
 */
export async function validateBody<S extends AnySchema>(schema: S, body: unknown, options: ValidateOptions = {}): Promise<InferType<S>> {
  const value = checkTypes(schema, body, options);
  return validateValues(schema, value, options);
}

/** The schema's rules alone, on values already typed (e.g. merged with what the database holds). */
export async function validateValues<S extends AnySchema>(schema: S, value: unknown, options: ValidateOptions = {}): Promise<InferType<S>> {
  try {
    return await schema.validate(value, { abortEarly: false, stripUnknown: true, context: options.context });
  } catch (error) {
    if (error instanceof ValidationError) throw AppError.badRequest(options.message ?? INVALID, validationErrorsByField(error));
    throw error;
  }
}
