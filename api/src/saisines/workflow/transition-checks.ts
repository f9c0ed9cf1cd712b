import type { Database, Transaction } from '../../db/database';
import { ASSIGNEE_ROLES, type TransitionValues } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { findActiveCourtName, findCourtMember, referenceHoldingNumeroParquet, type LockedSaisine } from './workflow-repository';

export type { LockedSaisine };

const courtMember = (db: Database, transaction: Transaction, id: string, juridictionId: string, roles: string[]) =>
  findCourtMember(db, transaction, { id, juridictionId, roles });

export async function checkAssignee(db: Database, transaction: Transaction, saisine: LockedSaisine, assigneeId: string) {
  const member = await courtMember(db, transaction, assigneeId, saisine.juridictionId, [...ASSIGNEE_ROLES]);
  if (!member) {
    throw AppError.badRequest('La saisine ne peut être attribuée qu’à un magistrat actif de sa juridiction.', {
      assigneeId: 'Choisissez un magistrat actif de cette juridiction.',
    });
  }
  return { id: member.id, label: member.displayName };
}

export async function checkOnBehalfOf(db: Database, transaction: Transaction, saisine: LockedSaisine, magistratId: string) {
  const member = await courtMember(db, transaction, magistratId, saisine.juridictionId, ['magistrat']);
  if (!member) {
    throw AppError.badRequest('La décision ne peut être enregistrée que pour le compte d’un magistrat actif de la juridiction.', {
      onBehalfOfId: 'Choisissez un magistrat actif de cette juridiction.',
    });
  }
  return { id: member.id, label: member.displayName };
}

export async function checkTargetCourt(db: Database, transaction: Transaction, saisine: LockedSaisine, juridictionId: string) {
  if (juridictionId === saisine.juridictionId) {
    throw AppError.badRequest('La saisine est déjà dans cette juridiction.', {
      juridictionId: 'Choisissez une autre juridiction que la juridiction actuelle.',
    });
  }
  const court = await findActiveCourtName(db, transaction, juridictionId);
  if (!court) {
    throw AppError.badRequest('Juridiction destinataire inconnue ou inactive.', {
      juridictionId: 'Choisissez une juridiction active dans la liste.',
    });
  }
  return court;
}

/** A numéro parquet names one case of one court: a second referral with it is a conflict. */
export async function checkNumeroParquetFree(
  db: Database,
  transaction: Transaction,
  saisine: LockedSaisine,
  numeroParquet: string,
): Promise<void> {
  const other = await referenceHoldingNumeroParquet(db, transaction, saisine, numeroParquet);
  if (other) throw duplicateNumeroParquet(numeroParquet, other);
}

export function duplicateNumeroParquet(numeroParquet: string, otherReference?: string): AppError {
  const where = otherReference ? ` (saisine ${otherReference})` : '';
  return AppError.conflict(`Le numéro parquet ${numeroParquet} est déjà attribué à une autre saisine de cette juridiction${where}.`, {
    errors: { numeroParquet: 'Ce numéro parquet est déjà utilisé dans cette juridiction.' },
  });
}

/** The transition's values as stored in the event (only what was given). */
export function eventPayload(values: TransitionValues): Record<string, unknown> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined));
}
