// `npm run bench [-- --saisines 100000 --amount 400 --connections 4]`: the referral list and
// show page at scale, through the API and as bare SQL, in the same run. See bench/README.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { startApiChild } from './api-child';
import { measureTokenTiming } from './token-timing';
import { prepareDatabase } from './prepare';
import { SCENARIOS, type ScenarioContext } from './scenarios';
import { measureHttp, measureSql } from './measure';
import { naiveStatements } from './naive-sql';
import type { SentStatement } from './api-process';
import { ms } from './stats';
import { listCountBound, moreThanLabel } from '@info-parquet/common';

/** The list filter a scenario's URL asks for (its bound of the total depends on it). */
const scenarioFilter = (url: string) => JSON.parse(new URL(url).searchParams.get('filter') ?? '{}') as Record<string, unknown>;

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

/** `EXPLAIN (ANALYZE, BUFFERS)` of each statement that reads the referrals, as the report shows them. */
async function explain(pool: Pool, statements: SentStatement[]): Promise<string[]> {
  const out: string[] = [];
  for (const statement of statements) {
    const text = typeof statement === 'string' ? statement : statement.text;
    if (!/FROM saisines s\b/.test(text)) continue;
    const values = typeof statement === 'string' ? [] : statement.values;
    const { rows } = await pool.query<{ 'QUERY PLAN': string }>(`EXPLAIN (ANALYZE, BUFFERS) ${text}`, values);
    out.push('```', ...rows.map((row) => row['QUERY PLAN']), '```', '');
  }
  return out;
}

async function main() {
  const target = option('saisines', 100_000);
  const amount = option('amount', 1000);
  const connections = option('connections', 4);
  const log = (line: string) => console.log(line);

  // `--retard tj-paris`: the pessimistic case, a large court that stopped registering two years ago.
  const retard = process.argv.indexOf('--retard');
  const backlogCourt = retard > 0 ? process.argv[retard + 1] : undefined;
  const database = await prepareDatabase(target, log, { backlogCourt });
  const { db } = database;
  const pool = new Pool({ connectionString: database.url, max: connections + 2 });
  const api = await startApiChild(database.url, connections);
  const base = api.base;

  const cookies: Record<string, string> = {};
  const userIds: Record<string, string> = {};
  for (const email of new Set(SCENARIOS.map((s) => s.email))) {
    const response = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'demo-info-parquet' }),
    });
    if (!response.ok) throw new Error(`login ${email}: ${response.status}`);
    cookies[email] = response.headers.get('set-cookie')!.split(';')[0];
    userIds[email] = ((await response.json()) as { user: { id: string } }).user.id;
  }
  const [[busiest]] = (await db.query(
    `SELECT s.id FROM saisines s JOIN (SELECT saisine_id, count(*) n FROM saisine_events GROUP BY saisine_id) e ON e.saisine_id = s.id
     WHERE s.juridiction_id = 'tj-paris' ORDER BY e.n DESC, s.id LIMIT 1`,
  )) as [[{ id: string }], unknown];
  const context: ScenarioContext = { userIds, showId: busiest.id };
  const [[{ total }]] = (await db.query('SELECT count(*)::int AS total FROM saisines')) as [[{ total: number }], unknown];

  const rows: string[] = [];
  const results: unknown[] = [];
  const plans: string[] = [];
  log(`\n${total} saisines ; ${amount} requêtes par scénario, ${connections} en parallèle.\n`);
  for (const scenario of SCENARIOS) {
    const url = `${base}${scenario.path(context)}`;
    const cookie = cookies[scenario.email];
    let probe: Response | null = null;
    const sent = await api.capture(async () => {
      probe = await fetch(url, { headers: { cookie } });
    });
    // Everything the request sent (the show page's consultation log included), except the
    // session store's writes: an expiry pushed back at most once a minute, not per request.
    const statements = sent.filter((sql) => {
      const text = typeof sql === 'string' ? sql : sql.text;
      return /^\s*SELECT/i.test(text) || !/\bsessions\b/.test(text);
    });
    if (!probe!.ok) throw new Error(`${scenario.name}: ${probe!.status} ${await probe!.text()}`);
    const totalHeader = probe!.headers.get('content-range')?.split('/')[1] ?? '1';

    await measureHttp(url, cookie, 50, connections); // warm-up
    const viaApi = await measureHttp(url, cookie, amount, connections);
    await measureSql(pool, statements, 50, connections); // warm-up
    const sql = await measureSql(pool, statements, amount, connections);
    const ratio = viaApi.p95 / sql.p95;
    // The naive way (full count, ILIKE) in the same run, on fewer requests: it is the slow one.
    const naive = naiveStatements(statements);
    const naiveSql = naive ? await measureSql(pool, naive, Math.min(amount, 100), connections) : null;
    plans.push(`### ${scenario.name}\n`, ...(await explain(pool, statements)));
    rows.push(
      `| ${scenario.name} | ${totalHeader === '*' ? moreThanLabel(listCountBound(scenarioFilter(url))) : totalHeader} | ${ms(viaApi.median)} | ${ms(viaApi.p95)} | ${ms(sql.median)} | ${ms(sql.p95)} | ${ratio.toFixed(2).replace('.', ',')} | ${naiveSql ? ms(naiveSql.p95) : '—'} |`,
    );
    results.push({
      scenario: scenario.name,
      matching: totalHeader === '*' ? null : Number(totalHeader),
      api: { count: viaApi.count, median: viaApi.median, p95: viaApi.p95 },
      sql,
      naive: naiveSql,
      statements: statements.length,
      ratioP95: ratio,
    });
    log(rows[rows.length - 1]);
    if (viaApi.non2xx > 0) throw new Error(`${scenario.name}: ${viaApi.non2xx} réponses en erreur`);
  }

  const header = [
    `Mesuré le ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC sur ${os.cpus().length} cœurs (${os.cpus()[0].model}), Node ${process.version}.`,
    `${total} saisines ; ${amount} requêtes par scénario, ${connections} en parallèle ; latences en millisecondes.`,
    backlogCourt ? `Cas pessimiste : ${backlogCourt} reçoit 15 % des saisines et n’enregistre plus depuis deux ans.` : 'Historique national : chaque juridiction selon sa taille.',
    database.generatedSeconds !== null ? `Génération de la base : ${database.generatedSeconds} s.` : 'Base déjà générée.',
    '',
    '| scénario | saisines correspondantes | API médiane | API p95 | SQL médiane | SQL p95 | ratio p95 API / SQL | naïf p95 (COUNT complet, ILIKE) |',
    '|---|---:|---:|---:|---:|---:|---:|---:|',
  ];
  log('\nJeton de suivi : un jeton faux proche d’un vrai et un jeton au hasard');
  const tokenRows = await measureTokenTiming(db, base, amount, connections);
  tokenRows.forEach((line) => log(line));

  const outDir = path.resolve(__dirname, '..', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'latest.md'), [...header, ...rows, '', '### Jeton de suivi', '', ...tokenRows, ''].join('\n'));
  fs.writeFileSync(path.join(outDir, 'latest.json'), JSON.stringify({ total, amount, connections, results }, null, 2));
  fs.writeFileSync(path.join(outDir, 'latest-plans.md'), ['# Plans des requêtes du banc (EXPLAIN (ANALYZE, BUFFERS))', '', ...plans].join('\n'));
  log(`\nRésultats : ${path.join(outDir, 'latest.md')}`);

  await api.stop();
  await pool.end();
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
