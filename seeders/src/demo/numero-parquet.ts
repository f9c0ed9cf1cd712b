import type { Database } from '@info-parquet/api/src/db/database';
import { parisDayOfYear, parisYear } from './clock';

/**
 * Parquet numbers as the court's case system gives them: year, day of the year, order of the
 * day (`26/123/45`), unique per court. Continues after the numbers already in the database.
 */
export class NumeroParquetAllocator {
  private readonly last = new Map<string, number>();

  static async load(db: Database): Promise<NumeroParquetAllocator> {
    const allocator = new NumeroParquetAllocator();
    const [rows] = await db.query(
      `SELECT juridiction_id, substring(numero_parquet FROM '^(\\d{2}/\\d{3})/') AS day,
              max(split_part(numero_parquet, '/', 3)::integer) AS last
       FROM saisines WHERE numero_parquet ~ '^\\d{2}/\\d{3}/\\d{1,9}$'
       GROUP BY 1, 2`,
    );
    for (const row of rows as Array<{ juridiction_id: string; day: string; last: number }>) {
      allocator.last.set(`${row.juridiction_id}|${row.day}`, Number(row.last));
    }
    return allocator;
  }

  next(juridictionId: string, time: number): string {
    const day = `${String(parisYear(time) % 100).padStart(2, '0')}/${String(parisDayOfYear(time)).padStart(3, '0')}`;
    const key = `${juridictionId}|${day}`;
    const order = (this.last.get(key) ?? 0) + 1;
    this.last.set(key, order);
    return `${day}/${order}`;
  }
}
