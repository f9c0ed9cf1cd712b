import type { Browser, Page } from 'playwright-core';
import { startSmtpServer, type TestSmtpServer } from '../../api/test/support/smtp-server';
import { demoAdminTotpCode } from '../support/demo-totp';
import { launchBrowser } from '../support/browser';
import { startProduct, type ProductServer } from '../support/server';

/**
 * Accounts in a real browser, on the product started as `npm start` would, with an SMTP server of
 * the test's own: the national administrator signs in with a password and a TOTP code; a clerk
 * who forgot her password gets a link by e-mail, sets a new password and signs in with it.
 */
let product: ProductServer;
let browser: Browser;
let smtp: TestSmtpServer;

beforeAll(async () => {
  smtp = await startSmtpServer();
  product = await startProduct({ env: { SMTP_URL: smtp.url, DEMO_SAISINES: '20' } });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await product?.stop();
  await smtp?.close();
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return page;
}

async function passwordStep(page: Page, email: string, password: string) {
  await page.goto(`${product.baseUrl}/admin/`);
  await page.getByLabel(/Adresse électronique/).fill(email);
  await page.getByLabel(/^Mot de passe/).fill(password);
  await page.getByRole('button', { name: /Connexion|Se connecter/ }).click();
}

/** A raw message with its quoted-printable parts undone (soft line breaks, =XX bytes). */
function decodeQuotedPrintable(raw: string): string {
  const unfolded = raw.replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < unfolded.length; i += 1) {
    const hex = unfolded.slice(i + 1, i + 3);
    if (unfolded[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(unfolded.charCodeAt(i));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

async function waitForMail(to: string, subject: RegExp, timeoutMs = 30_000): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const mail = smtp.received.find((raw) => raw.includes(`To: ${to}`) && subject.test(decodeQuotedPrintable(raw)));
    if (mail) return decodeQuotedPrintable(mail);
    if (Date.now() > deadline) throw new Error(`no mail to ${to} (${smtp.received.length} received)`);
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

test('the national administrator signs in with the password, then the code of the authenticator app', async () => {
  const page = await newPage();
  await passwordStep(page, 'admin@justice.test', 'demo-info-parquet');
  await page.waitForURL(/\/admin\/double-authentification$/);
  // Half signed in: the back-office stays closed.
  const saisines = await page.evaluate(() => fetch('/api/saisines').then((response) => response.status));
  expect(saisines).toBe(401);
  const wrong = await page.evaluate(() => fetch('/api/auth/me').then((response) => response.json()));
  expect(wrong).toMatchObject({ mfa: 'required' });

  await page.getByLabel(/Code à 6 chiffres/).fill('000000' === demoAdminTotpCode() ? '111111' : '000000');
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByText(/^Code incorrect/).waitFor();

  await page.getByLabel(/Code à 6 chiffres/).fill(demoAdminTotpCode());
  await page.getByRole('button', { name: 'Valider' }).click();
  await page.getByText(/Bienvenue/).first().waitFor();

  // « Mon compte » tells that the second factor is on and required.
  await page.getByRole('button', { name: /Profil|Hélène Marchand/ }).click();
  await page.getByRole('menuitem', { name: 'Mon compte' }).click();
  await page.getByText(/Elle est obligatoire pour votre rôle/).waitFor();
  await expect(page.getByRole('button', { name: 'Désactiver' }).count()).resolves.toBe(0);
});

test('a clerk who forgot her password gets a link by e-mail, sets a new password and signs in with it', async () => {
  const email = 'greffier.paris@justice.test';
  const newPassword = 'trois petits chats dans la neige';
  const page = await newPage();
  await page.goto(`${product.baseUrl}/admin/login`);
  await page.getByRole('link', { name: 'Mot de passe oublié ?' }).click();
  await page.getByLabel(/Adresse électronique/).fill(email);
  await page.getByRole('button', { name: 'Recevoir un lien' }).click();
  await page.getByText(/Si un compte actif correspond à cette adresse/).waitFor();

  const mail = await waitForMail(email, /Pour choisir un nouveau mot de passe, ouvrez ce lien/);
  const link = /(https?:\/\/\S+\/admin\/reinitialiser-mot-de-passe\?token=[A-Za-z0-9_-]{43})/.exec(mail)?.[1];
  expect(link).toBeDefined();

  const reset = await newPage();
  await reset.goto(link!.replace(/^https?:\/\/[^/]+/, product.baseUrl));
  await reset.getByRole('heading', { name: 'Choisir un nouveau mot de passe' }).waitFor();
  await reset.getByLabel(/^Nouveau mot de passe/).fill('azertyuiop123');
  await reset.getByLabel(/^Confirmez le nouveau mot de passe/).fill('azertyuiop123');
  await reset.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await reset.getByText(/trop courant ou trop prévisible/).waitFor();

  await reset.getByLabel(/^Nouveau mot de passe/).fill(newPassword);
  await reset.getByLabel(/^Confirmez le nouveau mot de passe/).fill(newPassword);
  await reset.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await reset.getByText('Votre mot de passe a été modifié. Vous pouvez maintenant vous connecter.').waitFor();

  // The link served once.
  await reset.goto(link!.replace(/^https?:\/\/[^/]+/, product.baseUrl));
  await reset.getByLabel(/^Nouveau mot de passe/).fill('encore une autre phrase de passe');
  await reset.getByLabel(/^Confirmez le nouveau mot de passe/).fill('encore une autre phrase de passe');
  await reset.getByRole('button', { name: 'Enregistrer le mot de passe' }).click();
  await reset.getByText(/Ce lien n’est plus valable/).waitFor();

  const signIn = await newPage();
  await passwordStep(signIn, email, 'demo-info-parquet');
  await signIn.getByText(/incorrect/).first().waitFor();
  await passwordStep(signIn, email, newPassword);
  await signIn.getByText(/Bienvenue/).first().waitFor();
});

