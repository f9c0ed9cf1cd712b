import type { Database } from '../../db/database';
import { JURIDICTION_EDIT_FIELDS, juridictionEditSchema } from '@info-parquet/common';
import { checkTypes, validateValues } from '../../http/validate-body';
import { AppError } from '../../http/app-error';
import type { CurrentUser } from '../../http/authenticate';
import { diffFields, recordReferenceChange } from './reference-changes';

/**
 * The national administrator changes a court's addresses, urgency target and activation; the
 * rest comes from the reference sources and is ignored here. Missing fields keep their value.
 */
export async function updateJuridiction(db: Database, by: CurrentUser, id: string, body: unknown): Promise<void> {
  // The back-office sends the whole record: fields outside the editable ones are ignored, after their types.
  const typed = checkTypes(juridictionEditSchema, body, { unknownFields: 'ignore' });
  await db.transaction(async (transaction) => {
    const [rows] = await db.query(
      `SELECT adresse, email_bureau_ordre AS "emailBureauOrdre", email_permanence AS "emailPermanence",
              telephone_permanence AS "telephonePermanence", urgence_delai_minutes AS "urgenceDelaiMinutes", active
       FROM juridictions WHERE id = :id FOR UPDATE`,
      { replacements: { id }, transaction },
    );
    const before = (rows as Record<string, unknown>[])[0];
    if (!before) throw AppError.notFound('Juridiction introuvable.');
    const given = Object.fromEntries(JURIDICTION_EDIT_FIELDS.filter((field) => field in typed).map((field) => [field, typed[field]]));
    const after = await validateValues(juridictionEditSchema, { ...before, ...given });
    const changes = diffFields(before, after, JURIDICTION_EDIT_FIELDS);
    if (Object.keys(changes).length === 0) return;
    await db.query(
      `UPDATE juridictions SET adresse = :adresse, email_bureau_ordre = :emailBureauOrdre, email_permanence = :emailPermanence,
         telephone_permanence = :telephonePermanence, urgence_delai_minutes = :urgenceDelaiMinutes, active = :active, updated_at = now()
       WHERE id = :id`,
      { replacements: { ...after, id }, transaction },
    );
    await recordReferenceChange(db, transaction, { entity: 'juridiction', entityId: id, action: 'update', by, changes });
  });
}
