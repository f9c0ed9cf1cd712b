import { saisineSchema, type SaisineInput } from '@info-parquet/common';
import { validateBody } from '../../http/validate-body';

/** The public submission: types, unknown fields refused, then the shared schema's rules. */
export function validateSubmission(body: unknown): Promise<SaisineInput> {
  return validateBody(saisineSchema, body, { message: 'La saisine contient des erreurs. Corrigez les champs indiqués.' });
}
