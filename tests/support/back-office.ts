import type { Page } from 'playwright-core';
import { validSubmission } from '../../api/test/support/fixtures';

/** Signs a demo account in to the back-office (password only: not the administrator, who needs a code too). */
export async function signInBackOffice(page: Page, baseUrl: string, email: string) {
  await page.goto(`${baseUrl}/admin/`);
  await page.getByLabel(/Adresse électronique/).fill(email);
  await page.getByLabel(/Mot de passe/).fill('demo-info-parquet');
  await page.getByRole('button', { name: /Connexion|Se connecter/ }).click();
  await page.getByText(/Bienvenue/).first().waitFor();
}

/** A referral sent to TJ Blois through the public API, as an agent's form would: its reference. */
export async function sendReferral(baseUrl: string): Promise<string> {
  const sent = await fetch(`${baseUrl}/api/public/saisines`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(validSubmission()),
  });
  if (sent.status !== 201) throw new Error(`POST /api/public/saisines: ${sent.status} ${await sent.text()}`);
  return ((await sent.json()) as { reference: string }).reference;
}
