import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { CHROMIUM_PATH } from '../../tests/support/browser';

export interface LighthouseSummary {
  page: string;
  profile: 'mobile' | 'desktop';
  lighthouseVersion: string;
  scores: { performance: number; accessibility: number; bestPractices: number; seo: number };
  fcpSeconds: number;
  lcpSeconds: number;
  tbtMs: number;
  cls: number;
  totalBytes: number;
  scriptBytes: number;
  /** Every run's performance score, the kept one being the median. */
  performanceRuns: number[];
  /** The weighted audits that did not pass, per category. */
  failedAudits: Record<'accessibility' | 'bestPractices' | 'seo', string[]>;
}

/** Lighthouse `runs` times on `url`, a fresh headless Chromium each time (see web-lighthouse.mjs). */
export async function lighthouseRuns(url: string, page: string, profile: 'mobile' | 'desktop', runs: number): Promise<LighthouseSummary> {
  const { stdout } = await promisify(execFile)(process.execPath, [path.join(__dirname, 'web-lighthouse.mjs'), url, profile, String(runs)], {
    env: { ...process.env, CHROMIUM_PATH },
    maxBuffer: 16 * 1024 * 1024,
    timeout: 10 * 60_000,
  });
  return { page, ...(JSON.parse(stdout) as Omit<LighthouseSummary, 'page'>) };
}
