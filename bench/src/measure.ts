import autocannon from 'autocannon';
import { Pool } from 'pg';
import { summarize, type Summary } from './stats';
import type { SentStatement } from './api-process';

/** Sends `amount` requests with `connections` in flight and records each response time. */
export function measureHttp(
  url: string,
  cookie: string,
  amount: number,
  connections: number,
): Promise<Summary & { non2xx: number; samples: number[] }> {
  return new Promise((resolve, reject) => {
    const samples: number[] = [];
    const instance = autocannon({ url, amount, connections, headers: cookie ? { cookie } : {} }, (error, result) => {
      if (error) return reject(error);
      resolve({ ...summarize(samples), samples, non2xx: result.non2xx + result.errors + result.timeouts });
    });
    instance.on('response', (_client, _status, _bytes, responseTime) => samples.push(responseTime));
  });
}

/**
 * The same statements the API ran for one request, replayed on plain `pg` connections with the
 * same number in flight: what the database alone costs.
 */
export async function measureSql(pool: Pool, statements: SentStatement[], amount: number, connections: number): Promise<Summary> {
  const samples: number[] = [];
  let next = 0;
  const worker = async () => {
    const client = await pool.connect();
    try {
      while (next < amount) {
        next += 1;
        const started = process.hrtime.bigint();
        for (const statement of statements) {
          await (typeof statement === 'string' ? client.query(statement) : client.query(statement.text, statement.values));
        }
        samples.push(Number(process.hrtime.bigint() - started) / 1e6);
      }
    } finally {
      client.release();
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  return summarize(samples);
}
