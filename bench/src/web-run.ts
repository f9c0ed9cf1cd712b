// `npm run bench:web`: what a visitor downloads and how fast the pages show, in Debian's Chromium.
// - Lighthouse 12 on the form's home page, mobile (its default: slow 4G, 4× CPU slowdown) and
//   desktop, three runs each, the median run kept;
// - the bytes of JavaScript (as transferred, compressed) of the form's first page and of the
//   back-office until a clerk's first list of referrals is on screen (sign-in included).
// The product runs as `npm start` runs it, on its own data folder and ports.
import fs from 'node:fs';
import path from 'node:path';
import { launchBrowser, CHROMIUM_PATH } from '../../tests/support/browser';
import { startProduct } from '../../tests/support/server';
import { signInBackOffice } from '../../tests/support/back-office';
import { lighthouseRuns, type LighthouseSummary } from './web-lighthouse';
import { transferredWhile, type TransferSummary } from './web-transfer';

const RUNS = Number(process.env.BENCH_WEB_RUNS ?? 3);
const RESULTS = path.join(__dirname, '..', 'results');

const kB = (bytes: number) => (bytes / 1024).toFixed(0);
const fr = (value: number) => String(value).replace('.', ',');

function report(lighthouse: LighthouseSummary[], transfers: TransferSummary[]): string {
  const lines = [
    `# Pages : Lighthouse et octets transférés (${new Date().toISOString().slice(0, 10)})`,
    '',
    `Chromium : ${CHROMIUM_PATH}. Lighthouse ${lighthouse[0]?.lighthouseVersion ?? '?'}, ${RUNS} passages par profil, passage médian (score de performance).`,
    '',
    '| page | profil | performance | accessibilité | bonnes pratiques | SEO | FCP (s) | LCP (s) | TBT (ms) | CLS | octets transférés (ko) | dont JavaScript (ko) |',
    '|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
    ...lighthouse.map(
      (run) =>
        `| ${run.page} | ${run.profile} | ${run.scores.performance} | ${run.scores.accessibility} | ${run.scores.bestPractices} | ${run.scores.seo} | ${fr(run.fcpSeconds)} | ${fr(run.lcpSeconds)} | ${run.tbtMs} | ${fr(run.cls)} | ${kB(run.totalBytes)} | ${kB(run.scriptBytes)} |`,
    ),
    '',
    '| parcours | requêtes | JavaScript transféré (ko) | CSS (ko) | polices (ko) | total (ko) |',
    '|---|---:|---:|---:|---:|---:|',
    ...transfers.map((t) => `| ${t.name} | ${t.requests} | ${kB(t.bytes.script)} | ${kB(t.bytes.stylesheet)} | ${kB(t.bytes.font)} | ${kB(t.total)} |`),
    '',
  ];
  return lines.join('\n');
}

async function main() {
  const product = await startProduct({ env: { DEMO_SAISINES: '300' }, timeoutMs: 300_000 });
  try {
    const lighthouse: LighthouseSummary[] = [];
    for (const profile of ['mobile', 'desktop'] as const) {
      lighthouse.push(await lighthouseRuns(`${product.baseUrl}/`, 'formulaire, accueil', profile, RUNS));
      console.log(`Lighthouse ${profile} : performance ${lighthouse.at(-1)!.scores.performance}, accessibilité ${lighthouse.at(-1)!.scores.accessibility}`);
    }
    const browser = await launchBrowser();
    const transfers: TransferSummary[] = [];
    try {
      transfers.push(
        await transferredWhile(browser, 'formulaire : première page', async (page) => {
          await page.goto(`${product.baseUrl}/`);
          await page.getByRole('heading', { level: 1 }).first().waitFor();
          await page.waitForLoadState('networkidle');
        }),
      );
      transfers.push(
        await transferredWhile(browser, 'back-office : connexion puis première liste', async (page) => {
          await signInBackOffice(page, product.baseUrl, 'greffier.paris@justice.test');
          await page.goto(`${product.baseUrl}/admin/saisines`);
          await page.getByRole('columnheader', { name: 'Référence' }).waitFor();
          await page.getByText(/^1-\d+ sur \d+/).first().waitFor();
          await page.waitForLoadState('networkidle');
        }),
      );
    } finally {
      await browser.close();
    }
    const text = report(lighthouse, transfers);
    fs.mkdirSync(RESULTS, { recursive: true });
    fs.writeFileSync(path.join(RESULTS, 'web.md'), text);
    fs.writeFileSync(path.join(RESULTS, 'web.json'), JSON.stringify({ lighthouse, transfers }, null, 2));
    console.log(`\n${text}\nÉcrit dans bench/results/web.md et web.json.`);
  } finally {
    await product.stop();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
