import { createHash } from 'node:crypto';
import fs from 'node:fs';
import type { Page } from 'playwright-core';
import { readPdf } from '../../api/test/support/pdf-reader';
import { tabTo } from '../support/keyboard';
import { useProductAndBrowser } from '../support/product-and-browser';
import { clickNext, fillFirstSteps, KNOWLEDGE, NARRATIVE, newFrenchPage, sampleFiles, SENDER, waitForStep } from '../support/saisine-form';

/**
 * The administration's journey through the public form in steps, in Debian's Chromium on the
 * real product: with the mouse and two documents up to the PDF acknowledgement and the tracking
 * page, then with the keyboard alone.
 */

const env = useProductAndBrowser();

const sha256 = (buffer: Buffer) => createHash('sha256').update(buffer).digest('hex');

async function waitForReference(page: Page): Promise<string> {
  const reference = page.getByTestId('reference');
  await reference.waitFor();
  return (await reference.textContent())!.match(/IP-\d{4}-\d{6}/)![0];
}

test('with the mouse: steps, two documents, summary, receipt, PDF acknowledgement and tracking page', async () => {
  const files = await sampleFiles();
  const page = await newFrenchPage(env.browser);
  await page.goto(`${env.product.baseUrl}/`);
  await fillFirstSteps(page);
  await clickNext(page, 'Personnes concernées');

  await page.getByRole('button', { name: 'Ajouter une personne' }).click();
  const person = page.getByRole('region', { name: /^Personne 1/ });
  await person.getByText('Personne mise en cause', { exact: true }).click();
  await person.getByText('Personne morale', { exact: true }).click();
  await person.getByLabel(/^Dénomination/).fill('SARL Zébulon Négoce');
  await person.getByLabel(/^Numéro SIRET/).fill('73282932000074');
  await clickNext(page, 'Qualification et urgence');
  await page.getByLabel(/^Qualification proposée/).fill('Escroquerie');
  await clickNext(page, 'Pièces jointes');

  await page.getByLabel(/^Ajouter des fichiers/).setInputFiles(files);
  for (const file of files) await page.getByText(sha256(file.buffer)).waitFor();
  await clickNext(page, 'Récapitulatif');
  expect(await page.title()).toBe('Récapitulatif (étape 7 sur 7) – Transmettre une saisine au parquet – Info Parquet');
  for (const text of [SENDER.agentName, NARRATIVE, KNOWLEDGE, 'Blois (41000)', 'Tribunal judiciaire de Blois', 'SARL Zébulon Négoce', 'Escroquerie']) {
    await page.getByRole('main').getByText(text).first().waitFor();
  }
  for (const file of files) await page.getByRole('list', { name: 'Pièces jointes à envoyer' }).getByText(sha256(file.buffer)).waitFor();

  await page.getByRole('button', { name: 'Envoyer la saisine' }).click();
  const reference = await waitForReference(page);
  const received = page.getByRole('list', { name: 'Pièces jointes reçues' });
  for (const file of files) await received.getByText(sha256(file.buffer)).waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('link', { name: 'Télécharger l’accusé de réception (PDF)' }).click(),
  ]);
  expect(download.suggestedFilename()).toBe(`accuse-reception-${reference}.pdf`);
  const pdf = fs.readFileSync((await download.path())!);
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const { text } = await readPdf(pdf);
  expect(text).toContain(reference);
  for (const file of files) expect(text).toContain(sha256(file.buffer));

  const [tracking] = await Promise.all([
    page.context().waitForEvent('page'),
    page.getByRole('link', { name: /\/suivi\// }).click(),
  ]);
  await tracking.getByRole('heading', { level: 1, name: 'Suivi de votre saisine' }).waitFor();
  await tracking.getByText(`Saisine ${reference}`).waitFor();
  await tracking.getByText('Reçue').first().waitFor();
});

/**
 * Types a date into the focused date input, whose segments' order follows the browser's own
 * language (not the page's): a first try tells day-first from month-first, then the date is typed over it.
 */
async function typeDate(page: Page, label: RegExp, iso: string) {
  const [year, month, day] = iso.split('-');
  await page.keyboard.type('01022026');
  const monthFirst = (await page.getByLabel(label).inputValue()) === '2026-01-02';
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.type(monthFirst ? `${month}${day}${year}` : `${day}${month}${year}`);
}

async function typeIn(page: Page, label: RegExp, text: string) {
  await tabTo(page, label);
  await page.keyboard.type(text);
}

test('with the keyboard alone: every step, the commune combobox, a person, the urgency and a file chooser', async () => {
  const [pdf] = await sampleFiles();
  const page = await newFrenchPage(env.browser);
  await page.goto(`${env.product.baseUrl}/`);
  await waitForStep(page, 'Votre service');

  await typeIn(page, /^Administration/, SENDER.administration);
  await tabTo(page, /^Type d’administration/);
  await page.keyboard.type('Finances');
  await typeIn(page, /^Prénom et nom de l’agent/, SENDER.agentName);
  await typeIn(page, /^Fonction/, SENDER.agentFunction);
  // A forgotten field: "Suivant" refuses and puts the focus on it.
  await tabTo(page, /^Suivant/);
  await page.keyboard.press('Enter');
  await page.getByText('Ce champ est obligatoire.').waitFor();
  expect(await page.evaluate(() => document.activeElement?.id)).toBe('champ-sender.email');
  await page.keyboard.type(SENDER.email);
  await page.keyboard.press('Enter');

  await waitForStep(page, 'Nature de la saisine');
  await tabTo(page, /^Signalement/);
  await page.keyboard.press('Space');
  await tabTo(page, /^Suivant/);
  await page.keyboard.press('Enter');

  await waitForStep(page, 'Les faits et leur lieu');
  await typeIn(page, /^Description des faits/, NARRATIVE);
  await tabTo(page, /^Date des faits/);
  await typeDate(page, /^Date des faits/, '2026-01-14');
  await typeIn(page, /^Comment avez-vous eu connaissance des faits/, KNOWLEDGE);
  await typeIn(page, /^Commune des faits/, 'Blo');
  await page.getByRole('option', { name: 'Blois (41000)' }).waitFor();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.getByText('Tribunal judiciaire de Blois').first().waitFor();
  expect(await page.getByLabel(/^Date des faits/).inputValue()).toBe('2026-01-14');
  await tabTo(page, /^Suivant/);
  await page.keyboard.press('Enter');

  await waitForStep(page, 'Personnes concernées');
  await tabTo(page, /^Ajouter une personne/);
  await page.keyboard.press('Enter');
  await page.getByRole('heading', { name: 'Personne 1' }).waitFor();
  await tabTo(page, /^Personne mise en cause/);
  await page.keyboard.press('Space');
  await tabTo(page, /^Personne physique/);
  // Arrow keys move within a radio group, and check.
  await page.keyboard.press('ArrowRight');
  await typeIn(page, /^Dénomination/, 'SARL Zébulon Négoce');
  await typeIn(page, /^Numéro SIRET/, '73282932000074');
  await tabTo(page, /^Suivant/);
  await page.keyboard.press('Enter');

  await waitForStep(page, 'Qualification et urgence');
  await tabTo(page, /^Cette saisine est urgente/);
  await page.keyboard.press('Space');
  await typeIn(page, /^Motif de l’urgence/, 'Destruction des preuves imminente');
  // Shift+Tab goes back to the box, still checked.
  await tabTo(page, /^Cette saisine est urgente/, { backwards: true });
  expect(await page.getByLabel(/^Cette saisine est urgente/).isChecked()).toBe(true);
  await tabTo(page, /^Suivant/);
  await page.keyboard.press('Enter');

  await waitForStep(page, 'Pièces jointes');
  await tabTo(page, /^Ajouter des fichiers/);
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.keyboard.press('Space')]);
  await chooser.setFiles([pdf]);
  await page.getByText(sha256(pdf.buffer)).waitFor();
  await tabTo(page, /^Suivant/);
  await page.keyboard.press('Enter');

  await waitForStep(page, 'Récapitulatif');
  const main = page.getByRole('main');
  for (const text of ['Finances publiques (DGFiP)', SENDER.email, '14/01/2026', 'Blois (41000)', 'SARL Zébulon Négoce, SIRET 73282932000074']) {
    await main.getByText(text).first().waitFor();
  }
  await page.getByText('Urgente : Destruction des preuves imminente').waitFor();
  await tabTo(page, /^Envoyer la saisine/);
  await page.keyboard.press('Enter');
  const reference = await waitForReference(page);
  expect(reference).toMatch(/^IP-/);
  await page.getByRole('list', { name: 'Pièces jointes reçues' }).getByText(sha256(pdf.buffer)).waitFor();
});

test('the home page arrives pre-rendered: readable before any script, then taken over by React without a mismatch', async () => {
  // As sent: the heading and the first step are in the HTML of `/`, and only there.
  const home = await (await fetch(`${env.product.baseUrl}/`)).text();
  expect(home).toContain('<h1>Transmettre une saisine au parquet</h1>');
  expect(home).toContain('Votre service');
  // Its links are real links, as the browser's render makes them (the router's, with an href).
  expect(home).toContain('<a class="fr-footer__bottom-link" href="/accessibilite"');
  expect(home).not.toMatch(/<a [^>]*\bto="/);
  const other = await (await fetch(`${env.product.baseUrl}/suivi/ABCDEFGH`)).text();
  expect(other).toContain('<div id="root"></div>');

  // Without JavaScript the page already reads.
  const bare = await (await env.browser.newContext({ locale: 'fr-FR', javaScriptEnabled: false })).newPage();
  await bare.goto(`${env.product.baseUrl}/`);
  expect(await bare.getByRole('heading', { level: 1 }).textContent()).toBe('Transmettre une saisine au parquet');
  await bare.context().close();

  // With it, React hydrates what is on screen: no error in the console, and the form works.
  const page = await newFrenchPage(env.browser);
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${env.product.baseUrl}/`);
  await page.waitForLoadState('networkidle');
  await fillFirstSteps(page);
  await clickNext(page, 'Personnes concernées');
  expect(errors).toEqual([]);
});
