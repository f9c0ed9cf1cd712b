import type { Database, Transaction } from '../../db/database';
import { SPECIALISED_REASON_REQUIRED, type SaisineInput } from '@info-parquet/common';
import { AppError } from '../../http/app-error';
import { routeCommune } from '../../reference-data/communes/routing';
import { findActiveCourt, type ChosenCourt } from './submission-repository';

export interface ResolvedCourt {
  juridiction: ChosenCourt;
  routing: 'certain' | 'choisi' | 'specialise';
  routingReason: string;
}

/**
 * The court a submission goes to: the one the commune decides, or the one the agent chose
 * (among the candidates, another competent court under art. 43, or a specialised parquet).
 */
export async function resolveCourt(db: Database, input: SaisineInput, transaction: Transaction): Promise<ResolvedCourt> {
  const routing = await routeCommune(db, input.facts.communeInsee, transaction);
  if (!routing) {
    throw AppError.badRequest('La commune des faits est inconnue.', { 'facts.communeInsee': 'Commune inconnue.' });
  }
  const chosenId = input.juridictionId ?? routing.juridiction?.id ?? null;
  if (!chosenId) {
    throw AppError.badRequest(
      'Plusieurs parquets sont compétents pour cette commune : choisissez-en un.',
      { juridictionId: 'Choisissez le parquet compétent.' },
      { candidates: routing.candidates },
    );
  }
  const juridiction = await findActiveCourt(db, chosenId, transaction);
  if (!juridiction) throw AppError.badRequest('Juridiction inconnue.', { juridictionId: 'Juridiction inconnue.' });

  const reason = input.routingReason ?? '';
  if (juridiction.type === 'SPECIALISE') {
    if (!reason) {
      throw AppError.badRequest('Indiquez pourquoi vous saisissez un parquet spécialisé.', {
        routingReason: SPECIALISED_REASON_REQUIRED,
      });
    }
    return { juridiction, routing: 'specialise', routingReason: reason };
  }
  const decidedByData = routing.certain && routing.juridiction?.id === juridiction.id;
  return { juridiction, routing: decidedByData ? 'certain' : 'choisi', routingReason: reason };
}
