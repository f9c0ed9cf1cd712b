import type { Browser, Page } from 'playwright-core';
import { demoAdminTotpCode } from '../support/demo-totp';
import { validSubmission } from '../../api/test/support/fixtures';
import { launchBrowser } from '../support/browser';
import { startProduct, type ProductServer } from '../support/server';

/**
 * The national administrator's screens in Chromium, on the real product: the urgency target of
 * TJ Blois is changed and the change shows in its history; the outbox shows the acknowledgement
 * of a new referral without its tracking link; the security log shows the administrator's sign-in.
 */
let product: ProductServer;
let browser: Browser;
let token = '';

beforeAll(async () => {
  product = await startProduct({ env: { DEMO_SAISINES: '20' } });
  browser = await launchBrowser();
  const response = await fetch(`${product.baseUrl}/api/public/saisines`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(validSubmission()),
  });
  expect(response.status).toBe(201);
  token = String(((await response.json()) as { trackingUrl: string }).trackingUrl).split('/').pop()!;
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
});

async function adminPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  await page.goto(`${product.baseUrl}/admin/`);
  await page.getByLabel(/Adresse électronique/).fill('admin@justice.test');
  await page.getByLabel(/^Mot de passe/).fill('demo-info-parquet');
  await page.getByRole('button', { name: /Connexion|Se connecter/ }).click();
  await page.waitForURL(/\/admin\/double-authentification$/);
  await page.getByLabel(/Code à 6 chiffres/).fill(demoAdminTotpCode());
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByRole('menuitem', { name: 'Juridictions' }).waitFor();
  return page;
}

test('the administrator changes a court’s urgency target, reads the outbox and the security log', async () => {
  const page = await adminPage();

  await page.getByRole('menuitem', { name: 'Juridictions' }).click();
  await page.getByLabel('Rechercher (nom ou siège)').fill('Blois');
  await page.getByRole('cell', { name: 'Tribunal judiciaire de Blois' }).click();
  const delai = page.getByLabel(/Délai cible de prise en compte des urgences/);
  await delai.fill('90');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  await page.getByRole('cell', { name: '1 h 30' }).waitFor();
  await page.getByRole('cell', { name: 'Tribunal judiciaire de Blois' }).click();
  await page.getByText('Délai cible (minutes) : 120 → 90').waitFor();

  await page.getByRole('menuitem', { name: 'Courriels envoyés' }).click();
  await page.getByRole('cell', { name: /^Accusé de réception de votre saisine IP-/ }).first().click();
  await page.getByText(/⟦secret:lien_de_suivi⟧/).waitFor();
  expect(await page.content()).not.toContain(token);

  await page.getByRole('menuitem', { name: 'Journal de sécurité' }).click();
  await page.getByLabel('Adresse électronique (début)').fill('admin@');
  await page.getByRole('cell', { name: 'Connexion réussie' }).first().waitFor();
});
