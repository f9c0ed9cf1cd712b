import type { Database, Transaction } from '../../db/database';
import { formatReference } from '@info-parquet/common';

/**
 * Takes the next reference of a year inside the caller's transaction. The counter row stays
 * locked until that transaction ends, so concurrent submissions get distinct, increasing numbers
 * and a number is never handed out twice.
 */
export async function allocateReference(db: Database, transaction: Transaction, year: number): Promise<string> {
  const [rows] = await db.query(
    `INSERT INTO saisine_sequences (year, last_value) VALUES (:year, 1)
     ON CONFLICT (year) DO UPDATE SET last_value = saisine_sequences.last_value + 1
     RETURNING last_value`,
    { replacements: { year }, transaction },
  );
  const [{ last_value: sequence }] = rows as Array<{ last_value: number }>;
  return formatReference(year, sequence);
}

/** The year of a reference is the year of reception in France. */
export function referenceYear(receivedAt: Date): number {
  return Number(new Intl.DateTimeFormat('en', { timeZone: 'Europe/Paris', year: 'numeric' }).format(receivedAt));
}
