import type { Page } from 'playwright-core';

/** Signs a demo account in to the back-office (password only: not the administrator, who needs a code too). */
export async function signInBackOffice(page: Page, baseUrl: string, email: string) {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel(/Adresse électronique/).fill(email);
  await page.getByLabel(/Mot de passe/).fill('demo-info-parquet');
  await page.getByRole('button', { name: /Connexion|Se connecter/ }).click();
  await page.getByText(/Bienvenue/).first().waitFor();
}
