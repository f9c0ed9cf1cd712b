import { useProductAndBrowser } from '../support/product-and-browser';
import { newFrenchPage } from '../support/saisine-form';
import { tabTo } from '../support/keyboard';
import { sendReferral } from '../support/back-office';

/**
 * The clerk's main work with the keyboard alone, in Chromium: sign in, open the list, choose a
 * view, open a referral, register it, then assign it from the list in bulk.
 */
const env = useProductAndBrowser();

test('sign in, list, view, referral, register, bulk assignment: keyboard only', async () => {
  const reference = await sendReferral(env.product.baseUrl);

  const page = await newFrenchPage(env.browser);
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${env.product.baseUrl}/admin/`);
  await page.getByLabel(/Adresse électronique/).waitFor();
  // The sign-in page puts the focus on the e-mail address.
  await expect(page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.labels?.[0]?.textContent ?? '')).resolves.toMatch(/^Adresse électronique/);
  await page.keyboard.type('greffier.blois@justice.test');
  await tabTo(page, /^Mot de passe/);
  await page.keyboard.type('demo-info-parquet');
  await page.keyboard.press('Enter');
  await page.getByText(/Bienvenue/).first().waitFor();

  await tabTo(page, /^Saisines$/);
  await page.keyboard.press('Enter');
  await page.getByRole('columnheader', { name: 'Référence' }).waitFor();
  // The views are tabs: focus the selected one, move with the arrows, choose with Enter.
  await tabTo(page, /^À traiter/);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: /^À enregistrer/, selected: true }).waitFor();
  await page.getByRole('link', { name: reference }).waitFor();

  await tabTo(page, new RegExp(`^${reference}$`), { max: 150 });
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { level: 1, name: `Saisine ${reference}` }).waitFor();
  await tabTo(page, /^Enregistrer$/);
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(/Numéro parquet/).waitFor();
  await tabTo(page, /Numéro parquet/);
  await page.keyboard.type(`${String(new Date().getFullYear() % 100).padStart(2, '0')}/365/910001`);
  await page.keyboard.press('Enter');
  await dialog.waitFor({ state: 'detached' });
  await page.getByText('Enregistrée').first().waitFor();

  await tabTo(page, /^Saisines$/, { backwards: true });
  await page.keyboard.press('Enter');
  await page.getByRole('columnheader', { name: 'Référence' }).waitFor();
  // The list kept the last view (« À enregistrer »): only the selected tab is in the Tab order.
  await tabTo(page, /^À enregistrer/);
  await page.keyboard.press('Home');
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  await page.getByRole('tab', { name: /^Non attribuées/, selected: true }).waitFor();
  await page.getByRole('link', { name: reference }).waitFor();
  // Every referral of the view is taken at once, so that the page empties under the dialog. The demo
  // data may leave other registered referrals unassigned, depending on the hour it was made.
  const tab = await page.getByRole('tab', { name: /^Non attribuées/, selected: true }).innerText();
  const inView = Number(/\d+/.exec(tab)?.[0]);
  expect(inView).toBeGreaterThanOrEqual(1);
  expect(inView).toBeLessThanOrEqual(25);
  const assigned = `${inView} ${inView > 1 ? 'attribuées' : 'attribuée'}, 0 refusée`;
  await tabTo(page, /^Sélectionner toutes les saisines de la page$/, { max: 150 });
  await page.keyboard.press('Space');
  await tabTo(page, /^Attribuer…$/, { backwards: true });
  await page.keyboard.press('Enter');
  const bulk = page.getByRole('dialog', { name: /^Attribuer/ });
  await bulk.waitFor();
  await tabTo(page, /Attribuer à|Choisissez/);
  await page.keyboard.press('ArrowDown');
  // The court's prosecutors, by name: Claire Dubois first, focused when the list opens.
  await page.getByRole('option', { name: /Claire Dubois/ }).waitFor();
  await page.keyboard.press('Enter');
  await bulk.getByText(/Claire Dubois/).waitFor();
  await tabTo(page, /^Attribuer$/);
  await page.keyboard.press('Enter');
  // The outcome is said in the dialog and takes the focus, so that the same key does not close it unread.
  // It stays while the list refreshes under it (the referrals leave the view, the page empties).
  const outcome = bulk.getByRole('alert');
  await outcome.waitFor();
  expect(await outcome.textContent()).toBe(assigned);
  expect(await outcome.evaluate((element) => element === document.activeElement)).toBe(true);
  await page.getByText('Aucune saisine dans la vue « Non attribuées »').waitFor();
  expect(await outcome.isVisible()).toBe(true);
  await page.keyboard.press('Escape');
  await bulk.waitFor({ state: 'detached' });
  // Done: the referral leaves the « Non attribuées » view, and the list says what was done.
  await page.getByRole('link', { name: reference }).waitFor({ state: 'detached' });
  await page.getByText(`${assigned}.`).waitFor();
});
