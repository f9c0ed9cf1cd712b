import type { Page } from 'playwright-core';
import { useProductAndBrowser } from '../support/product-and-browser';
import { axeViolations, newFrenchPage } from '../support/saisine-form';
import { sendReferral, signInBackOffice } from '../support/back-office';
import { demoAdminTotpCode } from '../support/demo-totp';

/**
 * axe-core on the back-office as each of its users sees it in Chromium at 1,280 px: sign-in,
 * the clerk's lists and their menus, a referral and its transition dialogs, the bulk dialog, the
 * paper entry, the account page; the administrator's screens; the analyst's dashboards. Each
 * screen has one level-1 heading. No violation is accepted.
 */
const env = useProductAndBrowser();
let scanned: Record<string, unknown[]> = {};
beforeEach(() => {
  scanned = {};
});

async function scan(page: Page, name: string) {
  // Live regions and transitions settle before the scan (MUI's fades, react-admin's loaders).
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(400);
  const violations: Array<{ id: string; targets?: string[] }> = await axeViolations(page);
  // An open menu is a transient widget in a portal, not page content: axe's best-practice « region »
  // rule flags its items, which no landmark could hold. Only those nodes are set aside.
  const inMenu = await page.evaluate(() => [...document.querySelectorAll('[role="menu"] *')].length > 0);
  const kept = violations.filter((violation) => !(inMenu && violation.id === 'region' && violation.targets?.every((target) => target.includes('menuitem') || target.startsWith('li['))));
  // While a modal (dialog, menu) is open the page behind is hidden from assistive technologies.
  const modalOpen = (await page.locator('[aria-modal="true"], .MuiPopover-root, .MuiModal-root:not(.MuiModal-hidden)').count()) > 0;
  const levelOne = await page.getByRole('heading', { level: 1 }).count();
  if (!modalOpen && levelOne !== 1) kept.push({ id: 'one-h1', targets: [`${levelOne} level-1 headings`] });
  scanned[name] = kept;
}

async function page1280() {
  const page = await newFrenchPage(env.browser, { bypassCSP: true });
  await page.setViewportSize({ width: 1280, height: 900 });
  return page;
}

test('no axe-core violation on the clerk’s screens and dialogs', async () => {
  const page = await page1280();
  await page.goto(`${env.product.baseUrl}/admin/`);
  await page.getByLabel(/Adresse électronique/).waitFor();
  await scan(page, 'connexion');
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  await page.getByRole('heading', { level: 1, name: 'Mot de passe oublié' }).waitFor();
  await scan(page, 'mot de passe oublié');

  await signInBackOffice(page, env.product.baseUrl, 'greffier.blois@justice.test');
  await scan(page, 'accueil');
  await page.goto(`${env.product.baseUrl}/admin/saisines`);
  await page.getByRole('columnheader', { name: 'Référence' }).waitFor();
  await scan(page, 'liste « À traiter »');
  // At 1,280 px the list fits: no sideways scroll of the page, the views or the table; rows of two lines at most.
  const fit = await page.evaluate(() => {
    const overflow = (element: Element | null) => (element ? element.scrollWidth - element.clientWidth : 0);
    const rows = [...document.querySelectorAll('tbody tr')].map((row) => row.getBoundingClientRect().height);
    return {
      page: document.documentElement.scrollWidth - window.innerWidth,
      views: overflow(document.querySelector('[role="tablist"]')),
      table: overflow(document.querySelector('.RaDataTable-tableWrapper')),
      tallestRow: Math.max(...rows),
    };
  });
  expect(fit).toEqual({ page: 0, views: 0, table: 0, tallestRow: expect.any(Number) });
  expect(fit.tallestRow).toBeLessThanOrEqual(64);
  await page.getByRole('button', { name: 'Colonnes' }).click();
  await page.getByRole('dialog', { name: 'Colonnes affichées' }).waitFor();
  await scan(page, 'liste, menu « Colonnes »');
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Ajouter un filtre' }).click();
  await page.getByRole('menu').waitFor();
  await scan(page, 'liste, menu « Ajouter un filtre »');
  await page.keyboard.press('Escape');

  // Two new referrals: one to select (« reçue »: no bulk action), one to register then assign.
  // The demo data may hold others in the same views: ours are found by their references.
  const references: string[] = [];
  for (let i = 0; i < 2; i += 1) references.push(await sendReferral(env.product.baseUrl));
  const [selected, registered] = references;
  await page.getByRole('tab', { name: /À enregistrer/ }).click();
  await page.getByRole('link', { name: selected }).waitFor();
  await page.getByRole('checkbox', { name: `Sélectionner la saisine ${selected}` }).check();
  await page.getByText('Aucune action groupée possible pour cette sélection.').waitFor();
  await scan(page, 'liste, une saisine sélectionnée');
  await page.getByRole('checkbox', { name: `Sélectionner la saisine ${selected}` }).uncheck();

  await page.getByRole('link', { name: registered }).click();
  await page.getByRole('heading', { level: 1, name: `Saisine ${registered}` }).waitFor();
  await scan(page, 'fiche d’une saisine');
  await page.getByRole('button', { name: 'Enregistrer' }).first().click();
  const register = page.getByRole('dialog');
  await register.getByLabel(/Numéro parquet/).waitFor();
  await scan(page, 'dialogue « Enregistrer »');
  await register.getByLabel(/Numéro parquet/).fill(`${String(new Date().getFullYear() % 100).padStart(2, '0')}/365/900001`);
  await register.getByRole('button', { name: 'Valider' }).click();
  await register.waitFor({ state: 'detached' });

  await page.goto(`${env.product.baseUrl}/admin/saisines`);
  await page.getByRole('tab', { name: /Non attribuées/ }).click();
  await page.getByRole('link', { name: registered }).waitFor();
  await page.getByRole('checkbox', { name: `Sélectionner la saisine ${registered}` }).check();
  await page.getByRole('button', { name: 'Attribuer…' }).click();
  await page.getByRole('dialog', { name: /^Attribuer/ }).waitFor();
  await scan(page, 'dialogue « Attribuer » groupé');
  await page.getByRole('button', { name: 'Annuler' }).click();

  await page.goto(`${env.product.baseUrl}/admin/saisines/create`);
  await page.getByText('Les champs marqués d’un astérisque (*) sont obligatoires.').waitFor();
  await scan(page, 'saisie d’une saisine reçue par courrier');
  await page.goto(`${env.product.baseUrl}/admin/mon-compte`);
  await page.getByText(/Double authentification|Mot de passe/).first().waitFor();
  await scan(page, 'mon compte');

  const withViolations = Object.fromEntries(Object.entries(scanned).filter(([, violations]) => violations.length > 0));
  expect(withViolations).toEqual({});
});

test('no axe-core violation on the administrator’s and the analyst’s screens', async () => {
  const admin = await page1280();
  await admin.goto(`${env.product.baseUrl}/admin/`);
  await admin.getByLabel(/Adresse électronique/).fill('admin@justice.test');
  await admin.getByLabel(/^Mot de passe/).fill('demo-info-parquet');
  await admin.getByRole('button', { name: /Connexion|Se connecter/ }).click();
  await admin.waitForURL(/\/admin\/double-authentification$/);
  await scan(admin, 'double authentification');
  await admin.getByLabel(/Code à 6 chiffres/).fill(demoAdminTotpCode());
  await admin.getByRole('button', { name: 'Valider' }).click();
  await admin.getByRole('menuitem', { name: 'Juridictions' }).waitFor();
  for (const menu of ['Utilisateurs', 'Juridictions', 'Administrations', 'Courriels envoyés', 'Journal de sécurité']) {
    await admin.getByRole('menuitem', { name: menu }).click();
    await admin.getByRole('heading', { level: 1, name: menu === 'Journal de sécurité' ? /Journal de sécurité/ : menu }).waitFor();
    await scan(admin, menu);
  }
  await admin.getByRole('menuitem', { name: 'Utilisateurs' }).click();
  await admin.locator('tbody tr').first().waitFor();
  await admin.getByRole('link', { name: /Créer|Ajouter/ }).first().click();
  await admin.getByLabel(/Adresse électronique/).waitFor();
  await scan(admin, 'création d’un utilisateur');
  await admin.getByRole('menuitem', { name: 'Juridictions' }).click();
  await admin.locator('tbody tr').first().click();
  await admin.getByRole('button', { name: 'Enregistrer' }).waitFor();
  await scan(admin, 'modification d’une juridiction');

  const analyst = await page1280();
  await signInBackOffice(analyst, env.product.baseUrl, 'analyste@justice.test');
  await analyst.getByRole('region', { name: 'Adoption' }).first().waitFor();
  await scan(analyst, 'indicateurs (analyste)');

  const withViolations = Object.fromEntries(Object.entries(scanned).filter(([, violations]) => violations.length > 0));
  expect(withViolations).toEqual({});
});

test('on a phone the clerk reads a card per referral, with no sideways scroll and no axe-core violation', async () => {
  const page = await newFrenchPage(env.browser, { bypassCSP: true });
  await page.setViewportSize({ width: 390, height: 844 });
  const reference = await sendReferral(env.product.baseUrl);

  await signInBackOffice(page, env.product.baseUrl, 'greffier.blois@justice.test');
  await page.goto(`${env.product.baseUrl}/admin/saisines`);
  await page.getByRole('tab', { name: /À enregistrer/ }).click();
  const card = page.getByRole('list', { name: 'Saisines' }).getByRole('listitem').filter({ hasText: reference });
  await card.waitFor();
  expect(await page.getByRole('table').count()).toBe(0);
  const fit = await page.evaluate(() => ({
    page: document.documentElement.scrollWidth - window.innerWidth,
    widestCard: Math.max(...[...document.querySelectorAll('ul[aria-label="Saisines"] > li')].map((item) => item.getBoundingClientRect().right)),
  }));
  expect(fit.page).toBe(0);
  expect(fit.widestCard).toBeLessThanOrEqual(390);
  await scan(page, 'liste sur téléphone');
  expect(scanned).toEqual({ 'liste sur téléphone': [] });

  // A tap anywhere on the card (here its middle, not the reference) opens the referral.
  await card.click();
  await page.getByRole('heading', { level: 1, name: `Saisine ${reference}` }).waitFor();
});
