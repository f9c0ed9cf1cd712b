import type { Database } from '../../db/database';
import { JURIDICTION_EDIT_FIELDS, juridictionEditSchema } from '@info-parquet/common';
import { checkTypes, validateValues } from '../../http/validate-body';
import { AppError } from '../../http/app-error';
import type { CurrentUser } from '../../http/authenticate';
import { diffFields, recordReferenceChange } from './reference-changes';
import { lockJuridictionEditable, updateJuridictionEditable, type JuridictionEditable } from './juridictions-repository';

/**
 * The national administrator changes a court's addresses, urgency target and activation; the
 * rest comes from the reference sources and is ignored here. Missing fields keep their value.
 */
export async function updateJuridiction(db: Database, by: CurrentUser, id: string, body: unknown): Promise<void> {
  // The back-office sends the whole record: fields outside the editable ones are ignored, after their types.
  const typed = checkTypes(juridictionEditSchema, body, { unknownFields: 'ignore' });
  await db.transaction(async (transaction) => {
    const before = await lockJuridictionEditable(db, transaction, id);
    if (!before) throw AppError.notFound('Juridiction introuvable.');
    const given = Object.fromEntries(JURIDICTION_EDIT_FIELDS.filter((field) => field in typed).map((field) => [field, typed[field]]));
    const after = (await validateValues(juridictionEditSchema, { ...before, ...given })) as JuridictionEditable;
    const changes = diffFields(before, after, JURIDICTION_EDIT_FIELDS);
    if (Object.keys(changes).length === 0) return;
    await updateJuridictionEditable(db, transaction, id, after);
    await recordReferenceChange(db, transaction, { entity: 'juridiction', entityId: id, action: 'update', by, changes });
  });
}
