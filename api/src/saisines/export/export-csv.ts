import type { Response } from 'express';
import type { Database } from '../../db/database';
import { todayInParis, type AppAbility } from '@info-parquet/common';
import { CSV_BOM, csvLine } from '../../http/csv';
import { exportBatches } from './export-queries';
import { EXPORT_COLUMNS, EXPORT_SELECT, type ExportRow } from './export-columns';
import { parseSaisineListQuery } from '../list/list-query';
import { recordExportConsultations } from '../consultations-repository';
import type { RequestOrigin } from '../../accounts/security/security-log';

/**
 * `GET /api/saisines/export.csv`: the list's filter and sort (same checks, same CASL rules), every
 * matching referral, streamed batch by batch with backpressure, so that memory stays flat whatever
 * the count. The query is checked before anything is sent: a bad filter is still a JSON 400.
 * Each batch is logged as read by the user (one consultation per referral) before it is sent.
 */
export async function streamSaisinesCsv(
  db: Database,
  reader: { ability: AppAbility; userId: string; origin: RequestOrigin },
  query: Record<string, unknown>,
  res: Response,
) {
  const { ability } = reader;
  const { sort, filter } = parseSaisineListQuery({ sort: query.sort, filter: query.filter });
  const batches = exportBatches<ExportRow>(db, ability, { select: EXPORT_SELECT, filter, sort });
  let closed = false;
  res.on('close', () => {
    closed = true;
  });
  // Run the first query before the headers: a database error is then still a proper error answer.
  let next = await batches.next();
  res.status(200).set({
    'Content-Type': 'text/csv; charset=utf-8',
    'Content-Disposition': `attachment; filename="saisines-${todayInParis()}.csv"`,
    'Cache-Control': 'no-store',
  });
  // Backpressure: wait until the client took the previous batch (or left).
  const drained = () =>
    new Promise<void>((resolve) => {
      if (closed || res.destroyed) return resolve();
      const done = () => {
        res.off('drain', done);
        res.off('close', done);
        resolve();
      };
      res.on('drain', done);
      res.on('close', done);
    });
  const write = async (chunk: string) => {
    if (!res.write(chunk) && !closed) await drained();
  };
  try {
    await write(CSV_BOM + csvLine(EXPORT_COLUMNS.map(([header]) => header)));
    while (!next.done && !closed) {
      await recordExportConsultations(db, { saisineIds: next.value.map((row) => row.id), userId: reader.userId, origin: reader.origin });
      await write(next.value.map((row) => csvLine(EXPORT_COLUMNS.map(([, cell]) => cell(row)))).join(''));
      next = await batches.next();
    }
    if (closed) await batches.return(undefined);
    res.end();
  } catch (error) {
    // Headers are gone: the only honest signal left is a cut connection (the file is incomplete).
    res.destroy(error as Error);
  }
}
