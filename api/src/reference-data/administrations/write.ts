import { databaseErrorCode, UNIQUE_VIOLATION, type Database } from '../../db/database';
import { ADMINISTRATION_FIELDS, administrationSchema, type AdministrationInput } from '@info-parquet/common';
import { checkTypes, validateValues } from '../../http/validate-body';
import { AppError } from '../../http/app-error';
import type { CurrentUser } from '../../http/authenticate';
import { diffFields, recordReferenceChange } from '../juridictions/reference-changes';
import { administrationId } from './list';
import { insertAdministration, lockAdministration, updateAdministrationRow } from './administrations-repository';

const NAME_TAKEN = 'Une administration de ce type porte déjà ce nom.';

const validate = (values: Record<string, unknown>): Promise<AdministrationInput> => validateValues(administrationSchema, values);

/** The fields an administrator may write, typed (the back-office sends the whole record: the rest is ignored). */
function picked(body: unknown): Record<string, unknown> {
  const typed = checkTypes(administrationSchema, body, { unknownFields: 'ignore' });
  return Object.fromEntries(ADMINISTRATION_FIELDS.filter((field) => field in typed).map((field) => [field, typed[field]]));
}

/** (kind, nom) is unique: submissions find their administration by it (submit-saisine.ts). */
function uniqueViolation(error: unknown): never {
  if (databaseErrorCode(error) === UNIQUE_VIOLATION) throw AppError.conflict(NAME_TAKEN);
  throw error;
}

export async function createAdministration(db: Database, by: CurrentUser, body: unknown): Promise<number> {
  const values = await validate(picked(body));
  return db.transaction(async (transaction) => {
    const id = await insertAdministration(db, transaction, values).catch(uniqueViolation);
    const changes = diffFields(null, values, ADMINISTRATION_FIELDS);
    await recordReferenceChange(db, transaction, { entity: 'administration', entityId: String(id), action: 'create', by, changes });
    return id;
  });
}

/** Missing fields keep their value; a rename keeps the referrals already linked to the administration. */
export async function updateAdministration(db: Database, by: CurrentUser, id: string, body: unknown): Promise<void> {
  const key = administrationId(id);
  if (key === null) throw AppError.notFound('Administration introuvable.');
  const given = picked(body);
  await db.transaction(async (transaction) => {
    const before = await lockAdministration(db, transaction, key);
    if (!before) throw AppError.notFound('Administration introuvable.');
    const after = await validate({ ...before, ...given });
    const changes = diffFields(before, after, ADMINISTRATION_FIELDS);
    if (Object.keys(changes).length === 0) return;
    await updateAdministrationRow(db, transaction, key, after).catch(uniqueViolation);
    await recordReferenceChange(db, transaction, { entity: 'administration', entityId: id, action: 'update', by, changes });
  });
}
