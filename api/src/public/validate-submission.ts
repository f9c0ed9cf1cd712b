import { ValidationError } from 'yup';
import { saisineSchema, validationErrorsByField, type SaisineInput } from '@info-parquet/common';
import { AppError } from '../http/app-error';

/** The shared schema decides; unknown keys are dropped; every message goes back by field. */
export async function validateSubmission(body: unknown): Promise<SaisineInput> {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw AppError.badRequest('Le corps de la requête doit être un objet JSON.');
  }
  try {
    return await saisineSchema.validate(body, { abortEarly: false, stripUnknown: true });
  } catch (error) {
    if (error instanceof ValidationError) {
      throw AppError.badRequest('La saisine contient des erreurs. Corrigez les champs indiqués.', validationErrorsByField(error));
    }
    throw error;
  }
}
