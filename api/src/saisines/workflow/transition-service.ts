import { databaseErrorCode, UNIQUE_VIOLATION, type Database, type Transaction } from '../../db/database';
import { subject } from '@casl/ability';
import {
  checkTransitionFields,
  formatParisShortDateTime,
  isRoleRefusal,
  isSaisineStatus,
  normalizeNumeroParquet,
  ROLE_SHORT_LABELS,
  transitionRefusal,
  type Actor,
  type AppAbility,
  type SaisineStatus,
  type Subject,
} from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import type { CurrentUser } from '../../http/authenticate';
import { getSaisineDetail } from '../detail';
import { appendEvent, type EventActor } from '../events-repository';
import { duplicateNumeroParquet, type LockedSaisine } from './transition-checks';
import { applyEffects, type TransitionEffect } from './transition-effects';
import { withAvailableTransitions } from './available-transitions';
import { UUID } from '../../http/uuid';
import { lastEventAuthor, lockSaisine as lockSaisineRow, statusBeforeLastComplement } from './workflow-repository';

export const actorLabel = (user: Pick<CurrentUser, 'displayName' | 'role'>) => `${user.displayName} (${ROLE_SHORT_LABELS[user.role]})`;

/** The status a referral waiting for a complement goes back to: where it was when it was asked. */
export async function complementReturnStatus(
  db: Database,
  saisineId: string,
  transaction?: Transaction,
): Promise<SaisineStatus | null> {
  const from = await statusBeforeLastComplement(db, saisineId, transaction);
  return isSaisineStatus(from) ? from : null;
}

async function lockSaisine(db: Database, transaction: Transaction, ability: AppAbility, id: string): Promise<LockedSaisine> {
  const saisine = await lockSaisineRow(db, transaction, ability, id);
  if (!saisine) throw AppError.notFound('Saisine introuvable.');
  return saisine;
}

async function staleVersion(db: Database, transaction: Transaction, saisineId: string): Promise<AppError> {
  const last = await lastEventAuthor(db, transaction, saisineId);
  const when = last ? formatParisShortDateTime(last.at) : '';
  const who = last ? `${last.actorLabel}, le ${when}` : 'une autre personne';
  return AppError.conflict(`La saisine a été modifiée entre-temps par ${who}. Rechargez-la pour voir son état actuel avant de recommencer.`);
}

function parseBody(body: unknown): { to: SaisineStatus; version: number; fields: Record<string, unknown> } {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw AppError.badRequest('Corps de requête invalide.');
  const fields = body as Record<string, unknown>;
  const errors: Record<string, string> = {};
  if (!isSaisineStatus(fields.to)) errors.to = 'Statut de destination inconnu.';
  if (!Number.isInteger(fields.version) || (fields.version as number) < 1) {
    errors.version = 'La version de la saisine affichée est obligatoire (champ « version »).';
  }
  if (Object.keys(errors).length) throw AppError.badRequest('La demande de changement de statut est incomplète.', errors);
  return { to: fields.to as SaisineStatus, version: fields.version as number, fields };
}

/**
 * The rules, effects and event of one transition on a referral already locked in `transaction`:
 * shared by the court's requests and the application's own (`system`) moves.
 */
export async function transitionLocked(
  db: Database,
  transaction: Transaction,
  saisine: LockedSaisine,
  to: SaisineStatus,
  actor: { role: Actor; event: EventActor },
  fields: Record<string, unknown>,
): Promise<TransitionEffect> {
  const returnTo = saisine.status === 'complement_demande' ? await complementReturnStatus(db, saisine.id, transaction) : null;
  const refusal = transitionRefusal(saisine.status, to, actor.role, returnTo);
  if (refusal) {
    throw isRoleRefusal(saisine.status, to, actor.role) ? AppError.forbidden(refusal) : AppError.conflict(refusal);
  }
  const { values, errors } = checkTransitionFields(saisine.status, to, actor.role, fields);
  if (Object.keys(errors).length) throw AppError.badRequest('Certains champs sont manquants ou invalides.', errors);

  const effect = await applyEffects(db, transaction, saisine, to, values, actor.event);
  await appendEvent(db, transaction, {
    saisineId: saisine.id,
    type: 'transition',
    actor: actor.event,
    fromStatus: saisine.status,
    toStatus: to,
    reason: effect.reason,
    payload: effect.payload,
  });
  return effect;
}

/**
 * One transition of the workflow table on one referral: the referral is locked, every rule is
 * checked (visibility, court, role, status, version, fields), its columns change, its version
 * goes up and exactly one event is appended — all in one transaction.
 */
export async function applyTransition(db: Database, user: CurrentUser, ability: AppAbility, id: string, body: unknown) {
  const { to, result } = await runTransition(db, user, ability, id, body);
  // A transferred referral has left this court: the sender of the request may no longer see it.
  if (to === 'transferee') {
    return { id, reference: result.saisine.reference, status: to, juridictionId: result.effect.payload.juridictionId, visible: false };
  }
  return withAvailableTransitions(user, ability, await getSaisineDetail(db, ability, id));
}

/** The transition itself, in its own transaction, without reading the detail back (bulk-transitions.ts). */
export async function runTransition(db: Database, user: CurrentUser, ability: AppAbility, id: string, body: unknown) {
  if (!UUID.test(id)) throw AppError.notFound('Saisine introuvable.');
  const { to, version, fields } = parseBody(body);
  const result = await db
    .transaction(async (transaction) => {
      const saisine = await lockSaisine(db, transaction, ability, id);
      if (!ability.can('transition', subject('Saisine', { juridictionId: saisine.juridictionId }) as unknown as Subject)) {
        throw AppError.forbidden('Vous ne pouvez pas faire évoluer les saisines de cette juridiction.');
      }
      if (saisine.version !== version) throw await staleVersion(db, transaction, saisine.id);
      const actor = { role: user.role, event: { type: 'user' as const, id: user.id, label: actorLabel(user) } };
      const effect = await transitionLocked(db, transaction, saisine, to, actor, fields);
      return { saisine, effect };
    })
    .catch((error: unknown) => {
      const constraint = (error as { constraint?: string }).constraint;
      if (databaseErrorCode(error) === UNIQUE_VIOLATION && constraint?.includes('numero_parquet')) {
        const given = typeof fields.numeroParquet === 'string' ? fields.numeroParquet : '';
        throw duplicateNumeroParquet(normalizeNumeroParquet(given) ?? given);
      }
      throw error;
    });
  return { to, result };
}
