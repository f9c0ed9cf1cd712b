import type { Database } from '../db/database';
import type { SuiviMessage } from '@info-parquet/common';
import { threadEvents } from './suivi-repository';

type Piece = SuiviMessage['pieces'][number];

/**
 * The exchange the sender may see: the court's requests for more (from the transition events)
 * and the sender's own messages. Never the court's internal notes or its agents' names.
 */
export async function loadSuiviThread(db: Database, saisineId: string, juridictionNom: string): Promise<SuiviMessage[]> {
  return (await threadEvents(db, saisineId)).map((row) => {
    const fromCourt = row.type === 'transition';
    const pieces = Array.isArray(row.payload.pieces) ? (row.payload.pieces as Piece[]) : [];
    return {
      at: row.at.toISOString(),
      from: fromCourt ? 'parquet' : 'expediteur',
      authorLabel: fromCourt ? `Parquet du ${juridictionNom}` : row.actorLabel,
      message: typeof row.payload.message === 'string' ? row.payload.message : '',
      pieces: pieces.map(({ originalName, sizeBytes, sha256 }) => ({ originalName, sizeBytes, sha256 })),
    };
  });
}
