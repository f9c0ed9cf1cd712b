import fs from 'node:fs';
import type { Browser, Page } from 'playwright-core';

/** What the browser journeys of the public form share: a French page, the form's steps, axe-core. */

/** `bypassCSP` lets axe-core's script in (the product's CSP allows its own scripts only). */
export async function newFrenchPage(browser: Browser, { bypassCSP = false }: { bypassCSP?: boolean } = {}): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris', acceptDownloads: true, bypassCSP });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

/** Waits for the step whose title the DSFR stepper shows ("Votre service Étape 1 sur 7"). */
export async function waitForStep(page: Page, title: string) {
  await page.getByRole('heading', { level: 2, name: new RegExp(`^${title}`) }).waitFor();
}

export async function clickNext(page: Page, nextTitle: string) {
  await page.getByRole('button', { name: 'Suivant' }).click();
  await waitForStep(page, nextTitle);
}

export const SENDER = {
  administration: 'Direction départementale des finances publiques de Loir-et-Cher',
  agentName: 'Camille Martin',
  agentFunction: 'Inspectrice des finances publiques',
  email: 'camille.martin@dgfip.finances.gouv.fr',
};
export const NARRATIVE = 'Factures fictives découvertes lors du contrôle de la société Zébulon Négoce.';
export const KNOWLEDGE = 'Constaté lors d’un contrôle sur place';

/** The first steps, filled with the mouse: service, kind, facts and place (Blois, TJ Blois). */
export async function fillFirstSteps(page: Page, { onStep }: { onStep?: (title: string) => Promise<void> } = {}) {
  await waitForStep(page, 'Votre service');
  await page.getByLabel(/^Administration/).fill(SENDER.administration);
  await page.getByLabel(/^Type d’administration/).selectOption('dgfip');
  await page.getByLabel(/^Prénom et nom de l’agent/).fill(SENDER.agentName);
  await page.getByLabel(/^Fonction/).fill(SENDER.agentFunction);
  await page.getByLabel(/^Adresse électronique professionnelle/).fill(SENDER.email);
  await onStep?.('Votre service');
  await clickNext(page, 'Nature de la saisine');
  await page.getByText('Signalement (article 40 du code de procédure pénale)').click();
  await onStep?.('Nature de la saisine');
  await clickNext(page, 'Les faits et leur lieu');
  await page.getByLabel(/^Description des faits/).fill(NARRATIVE);
  await page.getByLabel(/^Date des faits/).fill('2026-01-14');
  await page.getByLabel(/^Comment avez-vous eu connaissance des faits/).fill(KNOWLEDGE);
  await page.getByLabel(/^Commune des faits/).pressSequentially('Blo', { delay: 30 });
  await page.getByRole('option', { name: 'Blois (41000)' }).click();
  await page.getByText('Tribunal judiciaire de Blois').first().waitFor();
  await onStep?.('Les faits et leur lieu');
}

/** Two small real files: a one-page PDF and a PNG image. */
export async function sampleFiles(): Promise<{ name: string; mimeType: string; buffer: Buffer }[]> {
  // The API tests' generators: real files that the upload's content sniffing accepts.
  const { samplePdf, samplePng } = await import('../../api/test/support/sample-files');
  return [
    { name: 'proces-verbal.pdf', mimeType: 'application/pdf', buffer: await samplePdf('Procès-verbal de constat') },
    { name: 'photo-entrepot.png', mimeType: 'image/png', buffer: samplePng(32, 24) },
  ];
}

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core'), 'utf8');

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  targets: string[];
}

/** axe-core on the page as it is (WCAG 2.x A and AA rules, best practices included): its violations. */
export async function axeViolations(page: Page): Promise<AxeViolation[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: Document, options: object) => Promise<{ violations: Array<{ id: string; impact: string | null; help: string; nodes: Array<{ target: unknown[] }> }> }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((violation) => ({
      id: violation.id,
      impact: violation.impact,
      help: violation.help,
      targets: violation.nodes.map((node) => node.target.map(String).join(' ')),
    }));
  });
}
