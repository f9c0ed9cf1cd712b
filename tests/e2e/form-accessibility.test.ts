import type { Page } from 'playwright-core';
import { useProductAndBrowser } from '../support/product-and-browser';
import { axeViolations, clickNext, fillFirstSteps, newFrenchPage, sampleFiles, waitForStep } from '../support/saisine-form';

/**
 * axe-core 4 on every page of the public form, as the agent sees it in Chromium: each step (with
 * its errors, its optional parts opened), the summary, the receipt, the tracking page, "lien
 * perdu", the accessibility statement, the legal notices, the personal-data page and the 404 page. No violation is accepted.
 */
const scanned: Record<string, unknown> = {};

const env = useProductAndBrowser();

async function scan(page: Page, name: string) {
  scanned[name] = await axeViolations(page);
}

test('no axe-core violation on any page of the public form', async () => {
  const page = await newFrenchPage(env.browser, { bypassCSP: true });
  await page.goto(`${env.product.baseUrl}/`);
  await waitForStep(page, 'Votre service');
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByText('Ce champ est obligatoire.').first().waitFor();
  await scan(page, 'étape 1, avec ses erreurs');

  await fillFirstSteps(page, { onStep: (title) => scan(page, title) });
  await page.getByText('Saisir un parquet spécialisé').first().click();
  await page.getByText('Parquet national financier').first().waitFor();
  await scan(page, 'Les faits et leur lieu, parquet spécialisé ouvert');
  await page.getByText('Saisir un parquet spécialisé').first().click();

  await clickNext(page, 'Personnes concernées');
  await page.getByRole('button', { name: 'Ajouter une personne' }).click();
  await page.getByRole('button', { name: 'Ajouter une personne' }).click();
  const second = page.getByRole('region', { name: /^Personne 2/ });
  await second.getByText('Personne morale', { exact: true }).click();
  await second.getByLabel(/^Numéro SIRET/).fill('12345678901234');
  // Leaving the field shows its error, which moves the button down: wait before clicking it.
  await page.keyboard.press('Tab');
  await page.getByText('SIRET invalide (14 chiffres avec une clé valide).').waitFor();
  await page.getByRole('button', { name: 'Suivant' }).click();
  await page.getByText('Indiquez le nom de la personne.').waitFor();
  await scan(page, 'Personnes concernées, avec leurs erreurs');
  await page.getByRole('button', { name: 'Retirer la personne 2' }).click();
  await page.getByRole('button', { name: 'Retirer la personne 1' }).click();

  await clickNext(page, 'Qualification et urgence');
  await page.getByText('Cette saisine est urgente').first().click();
  await page.getByLabel(/^Motif de l’urgence/).fill('Risque de disparition des preuves');
  await scan(page, 'Qualification et urgence');
  await clickNext(page, 'Pièces jointes');
  await page.getByLabel(/^Ajouter des fichiers/).setInputFiles(await sampleFiles());
  await page.getByText('2 fichiers reçus.').waitFor();
  await scan(page, 'Pièces jointes');
  await clickNext(page, 'Récapitulatif');
  await scan(page, 'Récapitulatif');

  await page.getByRole('button', { name: 'Envoyer la saisine' }).click();
  await page.getByTestId('reference').waitFor();
  await scan(page, 'accusé de réception');
  const trackingUrl = (await page.getByRole('link', { name: /\/suivi\// }).getAttribute('href'))!;

  await page.goto(trackingUrl.replace(/^https?:\/\/[^/]+/, env.product.baseUrl));
  await page.getByRole('heading', { level: 1, name: 'Suivi de votre saisine' }).waitFor();
  await page.getByText('Reçue').first().waitFor();
  await scan(page, 'suivi');

  for (const [path, heading] of [
    ['/lien-perdu', /Lien de suivi perdu/],
    ['/accessibilite', /Déclaration d’accessibilité/],
    ['/mentions-legales', /Mentions légales/],
    ['/donnees-personnelles', /Données personnelles/],
    ['/page-inconnue', /Page non trouvée/],
  ] as const) {
    await page.goto(`${env.product.baseUrl}${path}`);
    await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    // The legal pages show the operator's facts once loaded (the last heading of each comes with them).
    if (path === '/mentions-legales') await page.getByRole('heading', { level: 2, name: 'Propriété intellectuelle' }).waitFor();
    if (path === '/donnees-personnelles') await page.getByText(/ans après sa clôture/).waitFor();
    await scan(page, path);
  }

  const withViolations = Object.fromEntries(Object.entries(scanned).filter(([, violations]) => (violations as unknown[]).length > 0));
  expect(withViolations).toEqual({});
  expect(Object.keys(scanned)).toHaveLength(16);
});
