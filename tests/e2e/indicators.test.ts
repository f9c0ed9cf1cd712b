import type { Page } from 'playwright-core';
import { useProductAndBrowser } from '../support/product-and-browser';
import { axeViolations, newFrenchPage } from '../support/saisine-form';
import { signInBackOffice } from '../support/back-office';

/**
 * The impact dashboards in Chromium, on the real product and its demo data: the analyst's
 * national dashboard draws its charts and a filter changes them; a Blois clerk sees Blois beside
 * the nation; the public statistics page works without signing in. axe-core finds nothing on each.
 */
const env = useProductAndBrowser({ env: { DEMO_SAISINES: '1500' } });

const signIn = (page: Page, email: string) => signInBackOffice(page, env.product.baseUrl, email);

/** The « Saisines reçues » figure of the Adoption card, for the scope's column. */
async function receivedShown(page: Page): Promise<number> {
  const row = page.getByRole('region', { name: 'Adoption', exact: true }).getByRole('row', { name: /^Saisines reçues/ });
  const text = await row.getByRole('cell').first().innerText();
  return Number(text.replace(/\s/g, ''));
}

async function expectNoAxeViolation(page: Page) {
  const violations = await axeViolations(page);
  // Say which elements, not only their selectors.
  const elements = await Promise.all(
    violations.flatMap((violation) => violation.targets.map((target) => page.evaluate((selector) => document.querySelector(selector)?.outerHTML.slice(0, 300), target))),
  );
  expect({ violations, elements }).toEqual({ violations: [], elements: [] });
}

test('the analyst’s dashboard draws its charts from the demo data, and a filter changes them', async () => {
  const page = await newFrenchPage(env.browser, { bypassCSP: true });
  await signIn(page, 'analyste@justice.test');
  const channels = page.getByRole('region', { name: 'Saisines reçues par canal' });
  await channels.waitFor();
  // MUI X Charts draws bars as SVG paths or rects inside the chart's surface.
  expect(await channels.locator('svg').first().isVisible()).toBe(true);
  const all = await receivedShown(page);
  expect(all).toBeGreaterThan(20);
  await page.getByRole('region', { name: 'Juridictions comparées' }).getByRole('rowheader', { name: 'Tribunal judiciaire de Blois' }).waitFor();
  for (const name of ['Délai d’enregistrement', 'Visibilité des urgences', 'Retour de la décision (art. 40-2 CPP)', 'Erreurs d’orientation', 'Suivi en autonomie']) {
    await page.getByRole('region', { name, exact: true }).waitFor();
  }
  await expectNoAxeViolation(page);

  await page.getByRole('combobox', { name: 'Nature' }).click();
  await page.getByRole('option', { name: 'Procès-verbal d’infraction' }).click();
  await page.waitForURL(/kind=proces_verbal/);
  await page.waitForFunction(
    (before) => {
      const rows = [...document.querySelectorAll('section[aria-labelledby="indicateur-adoption"] tbody tr')];
      const row = rows.find((tr) => tr.textContent?.startsWith('Saisines reçues'));
      const value = Number(row?.querySelector('td')?.textContent?.replace(/\s/g, '') ?? NaN);
      return Number.isFinite(value) && value < before;
    },
    all,
  );
  const tableButton = page.getByRole('region', { name: 'Saisines reçues par canal' }).getByRole('button', { name: 'Afficher le tableau' });
  await tableButton.click();
  await page.getByRole('region', { name: 'Saisines reçues par canal' }).getByRole('table').waitFor();
  await expectNoAxeViolation(page);
});

test('a Blois clerk has « Tableau de bord » in the menu: Blois beside the national figures', async () => {
  const page = await newFrenchPage(env.browser, { bypassCSP: true });
  await signIn(page, 'greffier.blois@justice.test');
  await page.getByRole('menuitem', { name: 'Tableau de bord' }).click();
  const adoption = page.getByRole('region', { name: 'Adoption' });
  await adoption.getByRole('columnheader', { name: 'Tribunal judiciaire de Blois' }).waitFor();
  await adoption.getByRole('columnheader', { name: 'National' }).waitFor();
  expect(await page.getByRole('combobox', { name: 'Juridiction' }).count()).toBe(0);
  expect(await page.getByRole('region', { name: 'Juridictions comparées' }).count()).toBe(0);
  await expectNoAxeViolation(page);
});

test('the public statistics page works without signing in', async () => {
  const page = await newFrenchPage(env.browser, { bypassCSP: true });
  await page.goto(`${env.product.baseUrl}/`);
  await page.getByRole('contentinfo').getByRole('link', { name: 'Statistiques' }).click();
  await page.waitForURL(/\/statistiques$/);
  await page.getByRole('region', { name: 'Adoption' }).waitFor();
  await page.getByRole('table', { name: 'Évolution des indicateurs' }).waitFor();
  expect(await page.title()).toBe('Statistiques – Info Parquet');
  await expectNoAxeViolation(page);
});
