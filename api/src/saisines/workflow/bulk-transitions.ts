import type { Database } from '../../db/database';
import {
  BULK_TRANSITION_FIELDS,
  BULK_TRANSITION_MAX,
  BULK_TRANSITION_TARGETS,
  type AppAbility,
  type BulkTransitionResult,
  type SaisineStatus,
} from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import type { CurrentUser } from '../../http/authenticate';
import { saisineWhereSql } from '../list/list-filters';
import { orderBySql, saisineSortKeys, sortScopeSql } from '../list/list-order';
import { parseSaisineListQuery } from '../list/list-query';
import { runTransition } from './transition-service';
import { UUID } from '../../http/uuid';
import { bulkTargetsByIds, bulkTargetsWhere, type BulkTarget } from './workflow-repository';

// "1 000", with a plain space (what people type and what tests compare).
const MAX_TEXT = String(BULK_TRANSITION_MAX).replace(/\B(?=(\d{3})+$)/g, ' ');
const TOO_MANY = `Au plus ${MAX_TEXT} saisines par action groupée.`;
const NOT_VISIBLE = 'Saisine introuvable ou non visible.';

type Target = BulkTarget;

interface BulkRequest {
  to: SaisineStatus;
  fields: Record<string, unknown>;
  ids?: string[];
  filter?: Record<string, unknown>;
}

function parseBody(body: unknown): BulkRequest {
  if (typeof body !== 'object' || body === null || Array.isArray(body)) throw AppError.badRequest('Corps de requête invalide.');
  const { ids, filter, to, ...rest } = body as Record<string, unknown>;
  if (!BULK_TRANSITION_TARGETS.includes(to as SaisineStatus)) {
    throw AppError.badRequest('Action groupée impossible.', { to: 'Ce changement de statut ne peut pas être fait par lot.' });
  }
  if ((ids === undefined) === (filter === undefined)) {
    throw AppError.badRequest('Donnez soit la liste des saisines (« ids »), soit le filtre de la liste (« filter »).');
  }
  if (ids !== undefined) {
    if (!Array.isArray(ids) || !ids.length || !ids.every((id) => typeof id === 'string')) {
      throw AppError.badRequest('Liste de saisines invalide.', { ids: 'Une liste d’identifiants est attendue.' });
    }
    if (ids.length > BULK_TRANSITION_MAX) throw AppError.badRequest(TOO_MANY, { ids: TOO_MANY });
  }
  if (filter !== undefined && (typeof filter !== 'object' || filter === null || Array.isArray(filter))) {
    throw AppError.badRequest('Filtre invalide.', { filter: 'Un objet est attendu, comme le filtre de la liste.' });
  }
  const fields = Object.fromEntries(BULK_TRANSITION_FIELDS.filter((field) => field in rest).map((field) => [field, rest[field]]));
  return { to: to as SaisineStatus, fields, ids: ids as string[] | undefined, filter: filter as Record<string, unknown> | undefined };
}

/** The referrals of the request that the user may see, with the version each is at now. */
async function findTargets(db: Database, ability: AppAbility, request: BulkRequest): Promise<Target[]> {
  if (request.filter) {
    // The list's own filter, checked and narrowed by the rules exactly as the list does.
    const { filter, sort } = parseSaisineListQuery({ filter: JSON.stringify(request.filter) });
    const rows = await bulkTargetsWhere(
      db,
      { where: `${saisineWhereSql(ability, filter)}${sortScopeSql(sort.field)}`, orderBy: orderBySql(saisineSortKeys(sort.field, sort.order)) },
      BULK_TRANSITION_MAX + 1,
    );
    if (rows.length > BULK_TRANSITION_MAX) {
      throw AppError.badRequest(`Le filtre correspond à plus de ${MAX_TEXT} saisines : affinez-le.`);
    }
    return rows;
  }
  const ids = [...new Set(request.ids!.filter((id) => UUID.test(id)))];
  if (!ids.length) return [];
  return bulkTargetsByIds(db, ability, ids);
}

function failure(error: unknown): { message: string; code: number } {
  if (error instanceof AppError) {
    const details = error.errors ? Object.values(error.errors).join(' ') : '';
    return { message: details ? `${error.message} ${details}` : error.message, code: error.status };
  }
  return { message: 'Erreur inattendue : réessayez pour cette saisine.', code: 500 };
}

/**
 * `POST /api/saisines/bulk-transitions`: the single transition (transition-service.ts) applied to
 * each referral independently — its own transaction, the version read from its row — so that
 * one refusal never undoes the others; each outcome is reported.
 */
export async function applyBulkTransition(
  db: Database,
  user: CurrentUser,
  ability: AppAbility,
  body: unknown,
): Promise<{ results: BulkTransitionResult[] }> {
  const request = parseBody(body);
  const targets = await findTargets(db, ability, request);
  const byId = new Map(targets.map((target) => [target.id, target]));
  const order = request.ids ? [...new Set(request.ids)] : targets.map((target) => target.id);
  const results: BulkTransitionResult[] = [];
  for (const id of order) {
    const target = byId.get(id);
    if (!target) {
      results.push({ id, reference: null, ok: false, message: NOT_VISIBLE, code: 404 });
      continue;
    }
    try {
      await runTransition(db, user, ability, id, { ...request.fields, to: request.to, version: target.version });
      results.push({ id, reference: target.reference, ok: true, status: request.to });
    } catch (error) {
      results.push({ id, reference: target.reference, ok: false, ...failure(error) });
    }
  }
  return { results };
}
