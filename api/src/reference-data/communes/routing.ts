import type { Database, Transaction } from '../../db/database';
import type { Commune, JuridictionResume, Routage } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { activeCourtsAmong, findCommuneRouting } from './communes-repository';

// The shapes of common's public contract (the OpenAPI document publishes the same).
export type CourtSummary = JuridictionResume;
export type CommuneSummary = Commune;
export type CommuneRouting = Routage;

/**
 * The competent court for the place of the facts (art. 43 CPP): a commune listed in
 * `routage_communes` (a court seat, the Ministry's table…), else its department when it has one
 * court, else the department's courts as candidates for the agent to choose from.
 */
export async function routeCommune(
  db: Database,
  codeInsee: string,
  transaction?: Transaction,
): Promise<CommuneRouting | null> {
  const row = await findCommuneRouting(db, codeInsee, transaction);
  if (!row) return null;
  const list = await activeCourtsAmong(db, row.routedId ? [row.routedId] : row.departementCourtIds, transaction);
  const certain = list.length === 1;
  return {
    commune: row.commune,
    certain,
    juridiction: certain ? list[0] : null,
    candidates: certain ? [] : list,
    source: row.routedId ? (row.source ?? 'commune') : certain ? 'departement' : 'candidats',
  };
}

export async function requireRouting(db: Database, codeInsee: string): Promise<CommuneRouting> {
  const routing = await routeCommune(db, codeInsee);
  if (!routing) throw AppError.notFound('Commune inconnue.');
  return routing;
}
