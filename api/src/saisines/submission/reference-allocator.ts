import type { Database, Transaction } from '../../db/database';
import { formatReference } from '@info-parquet/common';
import { nextSequence } from './submission-repository';

/**
 * Takes the next reference of a year inside the caller's transaction. The counter row stays
 * locked until that transaction ends, so concurrent submissions get distinct, increasing numbers
 * and a number is never handed out twice.
 */
export async function allocateReference(db: Database, transaction: Transaction, year: number): Promise<string> {
  return formatReference(year, await nextSequence(db, transaction, year));
}

/** The year of a reference is the year of reception in France. */
export function referenceYear(receivedAt: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', year: 'numeric' }).format(receivedAt));
}
