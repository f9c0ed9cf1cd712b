import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from '../support/browser';
import { startProduct, type ProductServer } from '../support/server';

/**
 * The court's workflow in Chromium, on the real product: a referral arrives through the public
 * API; the clerk of TJ Blois registers it and assigns it to the prosecutor; the prosecutor
 * decides a classement sans suite with its reason. Each screen offers only what may be done now.
 */
let product: ProductServer;
let browser: Browser;
let saisineId = '';
let trackingUrl = '';
// A day and an order that the demo generator (numbers of days already past) never hands out.
const NUMERO = `${String(new Date().getFullYear() % 100).padStart(2, '0')}/366/987654`;

beforeAll(async () => {
  product = await startProduct();
  browser = await launchBrowser();
  const response = await fetch(`${product.baseUrl}/api/public/saisines`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      kind: 'proces_verbal',
      urgent: false,
      urgencyReason: '',
      sender: {
        administration: 'Inspection du travail de Loir-et-Cher',
        administrationKind: 'inspection_travail',
        service: 'Unité de contrôle 2',
        agentName: 'Léon Garnier',
        agentFunction: 'Inspecteur du travail',
        email: 'leon.garnier@travail.gouv.fr',
        phone: '',
      },
      facts: {
        narrative: 'Emploi de six salariés non déclarés constaté sur un chantier de rénovation.',
        startDate: '2026-03-02',
        endDate: null,
        communeInsee: '41018',
        address: 'Chantier rue du Bourg-Neuf, Blois',
        knowledge: 'Contrôle sur place',
      },
      qualification: 'Travail dissimulé',
      persons: [{ role: 'mis_en_cause', type: 'morale', name: 'SAS Bâtir Vite', siret: '73282932000074' }],
      attachmentIds: [],
    }),
  });
  expect(response.status).toBe(201);
  ({ id: saisineId, trackingUrl } = (await response.json()) as { id: string; trackingUrl: string });
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

async function signedInPage(email: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${product.baseUrl}/admin/`);
  await page.getByLabel(/Adresse électronique/).fill(email);
  await page.getByLabel(/Mot de passe/).fill('demo-info-parquet');
  await page.getByRole('button', { name: /Connexion|Se connecter/ }).click();
  await page.getByText(/Bienvenue/).first().waitFor();
  await page.goto(`${product.baseUrl}/admin/saisines/${saisineId}/show`);
  await page.getByRole('region', { name: 'Actions' }).waitFor();
  return page;
}

const actionNames = async (page: Page) =>
  (await page.getByRole('region', { name: 'Actions' }).getByRole('button').allTextContents()).map((text) => text.trim());

test('the clerk registers the new referral, then assigns it to the prosecutor', async () => {
  const page = await signedInPage('greffier.blois@justice.test');
  expect(await actionNames(page)).toEqual(['Enregistrer', 'Demander un complément', 'Transférer']);

  await page.getByRole('button', { name: 'Enregistrer' }).click();
  const register = page.getByRole('dialog', { name: 'Enregistrer' });
  await register.getByRole('textbox', { name: /Numéro parquet/ }).fill('pas un numéro');
  await register.getByRole('button', { name: 'Valider' }).click();
  await register.getByText(/doit avoir la forme AA\/JJJ\/N/).waitFor();
  await register.getByRole('textbox', { name: /Numéro parquet/ }).fill(NUMERO);
  await register.getByRole('button', { name: 'Valider' }).click();
  await page.getByText(`Numéro parquet : ${NUMERO}`).first().waitFor();
  await page.getByText('Saisine enregistrée').first().waitFor();

  expect(await actionNames(page)).toEqual(['Attribuer', 'Demander un complément', 'Transférer', 'Décider']);
  await page.getByRole('button', { name: 'Attribuer' }).click();
  const assign = page.getByRole('dialog', { name: 'Attribuer' });
  await assign.getByRole('combobox', { name: /Attribuer à/ }).click();
  await page.getByRole('option', { name: /Claire Dubois/ }).click();
  await assign.getByRole('button', { name: 'Valider' }).click();
  await page.getByText(`Numéro parquet : ${NUMERO} · Attribuée à Claire Dubois`).waitFor();
  await page.getByRole('region', { name: 'Chronologie' }).getByText('Attribuée à Claire Dubois').waitFor();
  await page.getByText('par Julien Robert (greffier)').first().waitFor();
});

test('the prosecutor decides a classement sans suite with its reason', async () => {
  const page = await signedInPage('magistrat.blois@justice.test');
  expect(await actionNames(page)).toEqual(['Attribuer', 'Demander un complément', 'Transférer', 'Décider']);
  await page.getByRole('button', { name: 'Décider' }).click();
  const decide = page.getByRole('dialog', { name: 'Décider' });
  await decide.getByRole('radio', { name: 'Classement sans suite' }).check();
  await decide.getByRole('button', { name: 'Valider' }).click();
  await decide.getByText('Choisissez le motif du classement sans suite.').waitFor();
  await decide.getByRole('combobox', { name: /Motif du classement/ }).click();
  await page.getByRole('option', { name: 'Préjudice ou trouble peu important' }).click();
  await decide.getByRole('button', { name: 'Valider' }).click();
  await page.getByText('Décision : Classement sans suite — Préjudice ou trouble peu important').waitFor();
  await page.getByText(/Journal intègre : \d+ événements vérifiés/).waitFor();
  // Nothing left for a prosecutor: closing (communicating the decision) is the clerk's.
  await page.getByRole('region', { name: 'Actions' }).waitFor({ state: 'detached' });
});

test('the sender’s tracking page then shows the decision, its reason and the appeal (art. 40-2 and 40-3)', async () => {
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(trackingUrl.replace(/^https?:\/\/[^/]+/, product.baseUrl));
  const decision = page.getByRole('heading', { name: 'Décision du procureur de la République' });
  await decision.waitFor();
  await page.getByText('Classement sans suite', { exact: true }).waitFor();
  await page.getByText('Motif du classement : Préjudice ou trouble peu important').waitFor();
  await page.getByText(/recours auprès du procureur général/).waitFor();
  await context.close();
});
