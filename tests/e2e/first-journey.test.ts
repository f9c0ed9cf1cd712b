import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { useProductAndBrowser } from '../support/product-and-browser';
import { startProduct } from '../support/server';
import { clickNext, fillFirstSteps } from '../support/saisine-form';
import { signInBackOffice } from '../support/back-office';

/**
 * The first journey through every layer, in Debian's Chromium, on the real product started as
 * `npm start` would: an agent sends a referral from the public form, gets a reference at once,
 * and the clerk of TJ Blois — and only of TJ Blois — sees it in the back-office with its timeline.
 * Then the product restarts on the same data and the referral is still there, nothing re-seeded.
 */
let reference = '';
let trackingUrl = '';
let saisinesBefore = 0;

const env = useProductAndBrowser();

async function newPage(): Promise<Page> {
  const context = await env.browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

const signIn = (page: Page, email: string) => signInBackOffice(page, env.product.baseUrl, email);

/** Waits until the locator matches `count` elements (the list refreshes after the search). */
async function waitForCount(locator: Locator, count: number, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while ((await locator.count()) !== count) {
    if (Date.now() > deadline) throw new Error(`expected ${count} elements, found ${await locator.count()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function searchReference(page: Page) {
  await page.goto(`${env.product.baseUrl}/admin/saisines`);
  await page.getByLabel('Rechercher une saisine').fill(reference);
}

test('an agent sends a referral from the public form and gets a reference at once', async () => {
  const page = await newPage();
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  await page.goto(`${env.product.baseUrl}/`);
  // The form's steps up to the summary (tests/support/saisine-form.ts).
  await fillFirstSteps(page);
  for (const step of ['Personnes concernées', 'Qualification et urgence', 'Pièces jointes', 'Récapitulatif']) await clickNext(page, step);
  await page.getByRole('button', { name: /Envoyer/ }).click();

  const referenceText = page.getByText(/IP-\d{4}-\d{6}/).first();
  await referenceText.waitFor();
  reference = (await referenceText.textContent())!.match(/IP-\d{4}-\d{6}/)![0];
  // The receipt's own link (the header also links to « Lien de suivi perdu ? »).
  trackingUrl = (await page.locator('main a[href*="/suivi/"]').first().getAttribute('href'))!;
  expect(trackingUrl).toMatch(/\/suivi\/[A-Za-z0-9_-]{43}$/);
  await expect(page.getByText('Tribunal judiciaire de Blois').first().isVisible()).resolves.toBe(true);
  expect(cspViolations).toEqual([]);

  const suivi = await newPage();
  await suivi.goto(trackingUrl.replace(/^https?:\/\/[^/]+/, env.product.baseUrl));
  await suivi.getByText(reference).first().waitFor();
  await suivi.getByText('Reçue').first().waitFor();
});

test('the clerk of TJ Blois finds it in the back-office, with its timeline', async () => {
  const page = await newPage();
  await signIn(page, 'greffier.blois@justice.test');
  await searchReference(page);
  const row = page.getByRole('row').filter({ hasText: reference });
  await waitForCount(page.getByRole('row').filter({ hasText: 'IP-' }), 1);
  await row.waitFor();
  await row.click();
  await page.getByText('Camille Martin').first().waitFor();
  await page.getByText(/Saisine reçue/).first().waitFor();
  await page.getByText(/Journal intègre/).waitFor();
});

test('the clerk of TJ Paris does not see it, even by its address', async () => {
  const page = await newPage();
  await signIn(page, 'greffier.paris@justice.test');
  await searchReference(page);
  await page.getByText(/Aucun/).first().waitFor();
  expect(await page.getByRole('row').filter({ hasText: reference }).count()).toBe(0);

  const id = await (async () => {
    const blois = await newPage();
    await signIn(blois, 'greffier.blois@justice.test');
    return blois.evaluate(async (ref) => {
      const response = await fetch(`/api/saisines?filter=${encodeURIComponent(JSON.stringify({ q: ref }))}`);
      const rows = (await response.json()) as Array<{ id: string }>;
      return rows[0].id;
    }, reference);
  })();
  await page.goto(`${env.product.baseUrl}/admin/saisines/${id}/show`);
  await page.getByText('Saisine introuvable').waitFor();
});

test('the analyst opening a referral by its address gets a clear refusal, and the API a 403', async () => {
  const blois = await newPage();
  await signIn(blois, 'greffier.blois@justice.test');
  const id = await blois.evaluate(async () => ((await (await fetch('/api/saisines?range=[0,0]')).json()) as Array<{ id: string }>)[0].id);

  const page = await newPage();
  await signIn(page, 'analyste@justice.test');
  expect(await page.getByRole('link', { name: 'Saisines' }).count()).toBe(0);
  await page.goto(`${env.product.baseUrl}/admin/saisines/${id}/show`);
  await page.getByText('Non autorisé').waitFor();
  await page.getByText('Vous n’avez pas les droits d’accès à cette page').waitFor();
  expect(await page.getByText('Camille Martin').count()).toBe(0);
  const status = await page.evaluate(async (saisineId) => (await fetch(`/api/saisines/${saisineId}`)).status, id);
  expect(status).toBe(403);
});

test('stopped and started again, the product keeps the referral and seeds nothing twice', async () => {
  const countSaisines = async () => {
    const page = await newPage();
    await signIn(page, 'greffier.blois@justice.test');
    return page.evaluate(async (ref) => {
      const all = await fetch('/api/saisines?range=[0,0]');
      const found = await fetch(`/api/saisines?filter=${encodeURIComponent(JSON.stringify({ q: ref }))}`);
      return { total: all.headers.get('Content-Range'), found: ((await found.json()) as unknown[]).length };
    }, reference);
  };
  const before = await countSaisines();
  saisinesBefore = Number(before.total!.split('/')[1]);
  expect(before.found).toBe(1);

  const stopped = env.product;
  const code = await stopped.stop();
  // A clean stop: exit code 0 and PostgreSQL shut down (no pid file left behind).
  expect({ code, pidFileLeft: fs.existsSync(path.join(stopped.dataDir, 'postgres', 'postmaster.pid')) }).toEqual({
    code: 0,
    pidFileLeft: false,
  });
  env.product = await startProduct({ dataDir: stopped.dataDir });
  expect(env.product.output()).not.toMatch(/Génération des données de démonstration/);
  const after = await countSaisines();
  expect(after.found).toBe(1);
  expect(Number(after.total!.split('/')[1])).toBe(saisinesBefore);
});
