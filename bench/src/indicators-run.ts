// `npm run bench:indicateurs [-- --saisines 1200000 --amount 200 --connections 4]`: the impact
// dashboards at national scale (ten years of referrals), through the API, as the dashboard's own
// SQL replayed alone, and as a plain aggregate over `saisines`, in the same run. See bench/README.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Pool } from 'pg';
import { addDays, todayInParis } from '@info-parquet/common';
import { startApiChild } from './api-child';
import { prepareDatabase } from './prepare';
import { measureHttp, measureSql } from './measure';
import { plainFigures, plainStatement, type PlainFilter } from './indicators-plain';
import { measureWorkflow } from './indicators-workflow';
import { ms } from './stats';

function option(name: string, fallback: number): number {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
}

interface Scenario {
  name: string;
  email: string;
  query: Record<string, string>;
  /** What the plain aggregate is compared with (the API's `current` values). */
  plain: PlainFilter;
  /** The API's national figures beside a court come from a short cache: say so in the report. */
  note?: string;
}

async function main() {
  const target = option('saisines', 1_200_000);
  const amount = option('amount', 200);
  const connections = option('connections', 4);
  const log = (line: string) => console.log(line);

  // The same ten-year history as the lists' bench at this size (bench/.data-<count>).
  const database = await prepareDatabase(target, log);
  const pool = new Pool({ connectionString: database.url, max: connections + 2 });
  const api = await startApiChild(database.url, connections);
  const base = api.base;
  const cookies: Record<string, string> = {};
  for (const email of ['analyste@justice.test', 'greffier.paris@justice.test']) {
    const response = await fetch(`${base}/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email, password: 'demo-info-parquet' }),
    });
    if (!response.ok) throw new Error(`login ${email}: ${response.status}`);
    cookies[email] = response.headers.get('set-cookie')!.split(';')[0];
  }

  const today = todayInParis();
  const quarter = { from: addDays(today, -90), to: today };
  const year = { from: addDays(today, -364), to: today };
  const scenarios: Scenario[] = [
    { name: 'national, 13 semaines (par défaut)', email: 'analyste@justice.test', query: {}, plain: { ...quarter, juridictionId: null } },
    { name: 'national, 12 mois par mois', email: 'analyste@justice.test', query: { ...year, granularity: 'month' }, plain: { ...year, juridictionId: null } },
    { name: 'national vu par l’analyste pour Paris, 13 semaines', email: 'analyste@justice.test', query: { juridictionId: 'tj-paris' }, plain: { ...quarter, juridictionId: 'tj-paris' } },
    {
      name: 'juridiction (greffier de Paris), 13 semaines',
      email: 'greffier.paris@justice.test',
      query: {},
      plain: { ...quarter, juridictionId: 'tj-paris' },
      note: 'le national affiché à côté vient d’un cache de 5 minutes',
    },
    { name: 'juridiction (greffier de Paris), 12 mois', email: 'greffier.paris@justice.test', query: { ...year, granularity: 'month' }, plain: { ...year, juridictionId: 'tj-paris' } },
  ];

  const [[{ total }]] = (await database.db.query('SELECT count(*)::int AS total FROM saisines')) as [[{ total: number }], unknown];
  log(`\n${total} saisines ; ${amount} requêtes par scénario, ${connections} en parallèle.\n`);
  const rows: string[] = [];
  const checks: string[] = [];
  for (const scenario of scenarios) {
    const url = `${base}/indicators?${new URLSearchParams(scenario.query)}`;
    const cookie = cookies[scenario.email];
    let answer: { current: Record<string, unknown> } | null = null;
    const statements = (
      await api.capture(async () => {
        const response = await fetch(url, { headers: { cookie } });
        if (!response.ok) throw new Error(`${scenario.name}: ${response.status} ${await response.text()}`);
        answer = (await response.json()) as { current: Record<string, unknown> };
      })
    ).filter((sql) => /^\s*(WITH|SELECT)/i.test(typeof sql === 'string' ? sql : sql.text) && !/\bsessions\b|\busers\b/.test(typeof sql === 'string' ? sql : sql.text));

    await measureHttp(url, cookie, 20, connections);
    const viaApi = await measureHttp(url, cookie, amount, connections);
    if (viaApi.non2xx > 0) throw new Error(`${scenario.name}: ${viaApi.non2xx} réponses en erreur`);
    await measureSql(pool, statements, 10, connections);
    const viaSql = await measureSql(pool, statements, amount, connections);
    const plain = [plainStatement(scenario.plain)];
    await measureSql(pool, plain, 5, connections);
    const viaPlain = await measureSql(pool, plain, Math.max(20, Math.round(amount / 5)), connections);

    const figures = await plainFigures(pool, scenario.plain);
    const current = answer!.current as { received: number; timeToRegistration: { medianSeconds: number | null } };
    const same = current.received === figures.received && current.timeToRegistration.medianSeconds === (figures.registrationMedian === null ? null : Math.round(figures.registrationMedian));
    checks.push(`| ${scenario.name} | ${figures.received} | ${current.received} | ${figures.registrationMedian === null ? '—' : Math.round(figures.registrationMedian)} | ${current.timeToRegistration.medianSeconds ?? '—'} | ${same ? 'identiques' : 'DIFFÉRENTS'} |`);
    if (!same) throw new Error(`${scenario.name}: le tableau de bord et l’agrégat simple diffèrent`);
    rows.push(
      `| ${scenario.name}${scenario.note ? ` (${scenario.note})` : ''} | ${figures.received} | ${ms(viaApi.median)} | ${ms(viaApi.p95)} | ${ms(viaSql.median)} | ${ms(viaSql.p95)} | ${statements.length} | ${ms(viaPlain.median)} | ${ms(viaPlain.p95)} |`,
    );
    log(rows[rows.length - 1]);
  }

  log('\nPlans d’exécution…');
  const explains: string[] = [];
  for (const scenario of [scenarios[0], scenarios[3]]) {
    const statements = await api.capture(async () => {
      // A filter no one asked before: the national figures beside a court are not served from the cache.
      await fetch(`${base}/indicators?${new URLSearchParams({ ...scenario.query, kind: 'signalement_article_40' })}`, { headers: { cookie: cookies[scenario.email] } });
    });
    const main = statements.map((sql) => (typeof sql === 'string' ? sql : sql.text)).find((text) => /AS "received"/.test(text) && /bin_/.test(text));
    if (!main) continue;
    const { rows: plan } = await pool.query(`EXPLAIN (ANALYZE, BUFFERS, COSTS OFF, SUMMARY ON) ${main}`);
    explains.push(`#### ${scenario.name} : la requête des chiffres de la période`, '', '```', ...plan.map((row: Record<string, string>) => row['QUERY PLAN']), '```', '');
  }

  log('\nLe circuit des saisines pendant ce temps…');
  const workflow = await measureWorkflow(base, pool, Math.min(200, amount));
  workflow.forEach((line) => log(line));

  const [[sizes]] = (await database.db.query(
    `SELECT pg_size_pretty(pg_database_size(current_database())) AS database,
            pg_size_pretty(pg_total_relation_size('saisines')) AS saisines,
            pg_size_pretty(pg_relation_size('saisines_indicators_received_idx')) AS national_index,
            pg_size_pretty(pg_relation_size('saisines_indicators_court_idx')) AS court_index,
            pg_size_pretty(pg_relation_size('saisines_indicators_transferred_idx')) AS transferred_index`,
  )) as [[Record<string, string>], unknown];
  const [settings] = (await database.db.query(
    "SELECT name, setting, unit FROM pg_settings WHERE name IN ('shared_buffers', 'work_mem', 'effective_cache_size', 'max_parallel_workers_per_gather') ORDER BY name",
  )) as [Array<{ name: string; setting: string; unit: string | null }>, unknown];

  const report = [
    `Mesuré le ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC sur ${os.cpus().length} cœurs (${os.cpus()[0].model}), Node ${process.version}.`,
    `${total} saisines ; ${amount} requêtes par scénario, ${connections} en parallèle ; latences en millisecondes.`,
    `PostgreSQL : ${settings.map((s) => `${s.name} = ${s.setting}${s.unit ?? ''}`).join(', ')}.`,
    `Tailles : base ${sizes.database}, table saisines avec ses index ${sizes.saisines} ; index des indicateurs : national ${sizes.national_index}, par juridiction ${sizes.court_index}, saisines transférées (partiel) ${sizes.transferred_index}.`,
    '',
    '| scénario | saisines de la cohorte | API médiane | API p95 | SQL du tableau médiane | SQL du tableau p95 | requêtes | agrégat simple médiane | agrégat simple p95 |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...rows,
    '',
    '### Mêmes chiffres',
    '',
    '| scénario | saisines (agrégat simple) | saisines (tableau) | délai médian d’enregistrement, s (agrégat simple) | (tableau) | |',
    '|---|---:|---:|---:|---:|---|',
    ...checks,
    '',
    '### Le circuit pendant ce temps',
    '',
    ...workflow,
    '',
    '### Plans',
    '',
    ...explains,
  ];
  const outDir = path.resolve(__dirname, '..', 'results');
  fs.mkdirSync(outDir, { recursive: true });
  fs.writeFileSync(path.join(outDir, 'indicateurs-latest.md'), report.join('\n'));
  log(`\nRésultats : ${path.join(outDir, 'indicateurs-latest.md')}`);
  await api.stop();
  await pool.end();
  await database.close();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
