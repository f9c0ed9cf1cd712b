import type { Pool } from 'pg';
import { summarize, ms } from './stats';

/**
 * The workflow's speed beside the indicators' indexes: `count` registrations of waiting Paris
 * referrals by the Paris clerk, one after the other, through the API (each one writes the
 * referral, its chained event and its live event, and updates every index of `saisines`).
 */
export async function measureWorkflow(base: string, pool: Pool, count: number): Promise<string[]> {
  const login = await fetch(`${base}/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'greffier.paris@justice.test', password: 'demo-info-parquet' }),
  });
  const cookie = login.headers.get('set-cookie')!.split(';')[0];
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const { rows } = await pool.query(
    "SELECT id, version FROM saisines WHERE juridiction_id = 'tj-paris' AND status = 'recue' ORDER BY received_at DESC LIMIT $1",
    [count],
  );
  const year = String(new Date().getFullYear() % 100).padStart(2, '0');
  // Numbers above the generator's (it never reaches 900 000 a day): « AA/366/9xxxxx ».
  const stamp = 900_000 + (Date.now() % 90) * 1_000;
  const samples: number[] = [];
  for (const [index, row] of (rows as Array<{ id: string; version: number }>).entries()) {
    const started = process.hrtime.bigint();
    const response = await fetch(`${base}/saisines/${row.id}/transitions`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify({ to: 'enregistree', version: row.version, numeroParquet: `${year}/366/${stamp + index}` }),
    });
    await response.arrayBuffer();
    if (!response.ok) throw new Error(`enregistrement ${row.id}: ${response.status}`);
    samples.push(Number(process.hrtime.bigint() - started) / 1e6);
  }
  const summary = summarize(samples);
  return [
    '| action | nombre | médiane | p95 |',
    '|---|---:|---:|---:|',
    `| enregistrement d’une saisine (API, l’une après l’autre) | ${summary.count} | ${ms(summary.median)} | ${ms(summary.p95)} |`,
  ];
}
