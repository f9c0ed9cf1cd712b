// Lighthouse in plain Node (not through tsx: its name-keeping transform breaks the functions
// Lighthouse sends to the browser). Usage: node web-lighthouse.mjs <url> <mobile|desktop> <runs>
// Prints one JSON summary: the median run by performance score, and every run's score.
import { launch } from 'chrome-launcher';
import lighthouse from 'lighthouse';
import desktopConfig from 'lighthouse/core/config/desktop-config.js';

const [url, profile, runsText] = process.argv.slice(2);
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const score = (result, category) => Math.round((result.categories[category]?.score ?? 0) * 100);
const numeric = (result, audit) => result.audits[audit]?.numericValue ?? NaN;
const scriptBytes = (result) =>
  (result.audits['network-requests']?.details?.items ?? []).filter((item) => item.resourceType === 'Script').reduce((sum, item) => sum + (item.transferSize ?? 0), 0);

async function once() {
  const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'] });
  try {
    const answer = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error' }, profile === 'desktop' ? desktopConfig : undefined);
    if (!answer) throw new Error('Lighthouse n’a rien rendu');
    if (answer.lhr.runtimeError) throw new Error(`Lighthouse : ${answer.lhr.runtimeError.message}`);
    return answer.lhr;
  } finally {
    chrome.kill();
  }
}

const results = [];
for (let run = 0; run < Number(runsText); run++) {
  // Lighthouse sometimes loses a trace (NO_NAVSTART): such a run is started again, twice at most.
  for (let attempt = 1; ; attempt++) {
    try {
      results.push(await once());
      break;
    } catch (error) {
      if (attempt === 3) throw error;
      process.stderr.write(`${error.message} : nouvel essai\n`);
    }
  }
}
results.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
const median = results[Math.floor(results.length / 2)];
const failed = (category) =>
  median.categories[category].auditRefs
    .filter((ref) => ref.weight > 0 && (median.audits[ref.id].score ?? 1) < 1)
    .map((ref) => ref.id);
process.stdout.write(
  JSON.stringify({
    profile,
    lighthouseVersion: median.lighthouseVersion,
    scores: { performance: score(median, 'performance'), accessibility: score(median, 'accessibility'), bestPractices: score(median, 'best-practices'), seo: score(median, 'seo') },
    fcpSeconds: Math.round(numeric(median, 'first-contentful-paint') / 100) / 10,
    lcpSeconds: Math.round(numeric(median, 'largest-contentful-paint') / 100) / 10,
    tbtMs: Math.round(numeric(median, 'total-blocking-time')),
    cls: Math.round(numeric(median, 'cumulative-layout-shift') * 1000) / 1000,
    totalBytes: numeric(median, 'total-byte-weight'),
    scriptBytes: scriptBytes(median),
    performanceRuns: results.map((result) => score(result, 'performance')),
    failedAudits: { accessibility: failed('accessibility'), bestPractices: failed('best-practices'), seo: failed('seo') },
  }),
);
