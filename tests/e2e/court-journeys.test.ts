import type { Page } from 'playwright-core';
import { useProductAndBrowser } from '../support/product-and-browser';

/**
 * The bureau d'ordre's day in Chromium, on the real product: a bulk assignment of fifty referrals
 * (beyond the page), a transfer from Blois to Paris, an urgent referral pushed live to a Blois
 * clerk's open screen, and a paper letter entered by the clerk.
 */
const YEAR = String(new Date().getFullYear() % 100).padStart(2, '0');

const env = useProductAndBrowser();

function submission(word: string, overrides: Record<string, unknown> = {}) {
  return {
    kind: 'signalement_article_40',
    urgent: false,
    urgencyReason: '',
    sender: {
      administration: 'Direction départementale de la protection des populations de Loir-et-Cher',
      administrationKind: 'dgccrf',
      service: 'Pôle concurrence',
      agentName: 'Nadia Lefèvre',
      agentFunction: 'Inspectrice',
      email: 'nadia.lefevre@ddpp.gouv.fr',
      phone: '',
    },
    facts: {
      narrative: `Pratiques commerciales trompeuses relevées lors de l’opération ${word} sur un marché de Blois.`,
      startDate: '2026-05-04',
      endDate: null,
      communeInsee: '41018',
      address: 'Place Louis XII, Blois',
      knowledge: 'Contrôle sur place',
    },
    qualification: `Tromperie (${word})`,
    persons: [],
    attachmentIds: [],
    ...overrides,
  };
}

async function submit(body: unknown): Promise<{ id: string; reference: string }> {
  const response = await fetch(`${env.product.baseUrl}/api/public/saisines`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  expect(response.status).toBe(201);
  return (await response.json()) as { id: string; reference: string };
}

/** A session of the API, as the back-office holds one (cookie + CSRF token). */
async function apiSession(email: string) {
  const login = await fetch(`${env.product.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, password: 'demo-info-parquet' }),
  });
  expect(login.status).toBe(200);
  const cookie = login.headers.getSetCookie().map((c) => c.split(';')[0]).join('; ');
  const { csrfToken, user } = (await login.json()) as { csrfToken: string; user: { id: string } };
  const call = async (path: string, init: RequestInit = {}) => {
    const response = await fetch(`${env.product.baseUrl}/api${path}`, {
      ...init,
      headers: { cookie, 'X-CSRF-Token': csrfToken, 'Content-Type': 'application/json', ...init.headers },
    });
    return { status: response.status, headers: response.headers, body: (await response.json().catch(() => null)) as unknown };
  };
  return { user, call };
}

async function signedInPage(email: string): Promise<Page> {
  const context = await env.browser.newContext({ locale: 'fr-FR', timezoneId: 'Europe/Paris' });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  await page.goto(`${env.product.baseUrl}/admin/`);
  await page.getByLabel(/Adresse électronique/).fill(email);
  await page.getByLabel(/Mot de passe/).fill('demo-info-parquet');
  await page.getByRole('button', { name: /Connexion|Se connecter/ }).click();
  await page.getByText(/Bienvenue/).first().waitFor();
  return page;
}

test('a bulk assignment of fifty referrals, beyond the page, with each refusal reported', async () => {
  const word = 'Zorglubia';
  const greffier = await apiSession('greffier.blois@justice.test');
  const created = [];
  for (let i = 0; i < 52; i += 1) created.push(await submit(submission(word)));
  // Fifty registered (assignable); two left "reçue", which cannot be assigned yet.
  for (const [i, saisine] of created.slice(0, 50).entries()) {
    const detail = await greffier.call(`/saisines/${saisine.id}`);
    const version = (detail.body as { version: number }).version;
    const registered = await greffier.call(`/saisines/${saisine.id}/transitions`, {
      method: 'POST',
      body: JSON.stringify({ to: 'enregistree', numeroParquet: `${YEAR}/365/${700000 + i}`, version }),
    });
    expect(registered.status).toBe(200);
  }

  const page = await signedInPage('greffier.blois@justice.test');
  await page.goto(`${env.product.baseUrl}/admin/saisines`);
  await page.getByLabel('Rechercher une saisine').fill(word);
  await page.getByText('1-25 sur 52').waitFor();
  await page.getByRole('checkbox', { name: 'Sélectionner toutes les saisines de la page' }).check();
  await page.getByRole('button', { name: 'Attribuer…' }).click();
  const dialog = page.getByRole('dialog', { name: /Attribuer/ });
  await dialog.getByRole('checkbox', { name: 'Toutes les 52 saisines du filtre, pas seulement celles de la page' }).check();
  await dialog.getByRole('heading', { name: 'Attribuer 52 saisines' }).waitFor();
  await dialog.getByRole('combobox', { name: /Attribuer à/ }).click();
  await page.getByRole('option', { name: /Claire Dubois/ }).click();
  await dialog.getByRole('button', { name: 'Attribuer', exact: true }).click();
  await dialog.getByText('50 attribuées, 2 refusées :').waitFor();
  for (const refused of created.slice(50)) await dialog.getByText(new RegExp(`^${refused.reference} — `)).waitFor();

  // The database says the same: fifty rows changed, to the prosecutor.
  const magistrat = await apiSession('magistrat.blois@justice.test');
  const mine = await greffier.call(
    `/saisines?${new URLSearchParams({ filter: JSON.stringify({ q: word, assigneeId: magistrat.user.id, status: ['attribuee'] }), range: '[0,99]' })}`,
  );
  expect(mine.headers.get('content-range')).toMatch(/\/50$/);
  expect((mine.body as Array<{ id: string }>).map((row) => row.id).sort()).toEqual(created.slice(0, 50).map((s) => s.id).sort());
  await page.context().close();
});

test('a transfer from Blois to Paris with its reason: Paris sees it with its history, Blois no longer does', async () => {
  const saisine = await submit(submission('Transfertix'));
  const blois = await signedInPage('greffier.blois@justice.test');
  await blois.goto(`${env.product.baseUrl}/admin/saisines/${saisine.id}/show`);
  await blois.getByRole('region', { name: 'Actions' }).getByRole('button', { name: 'Transférer' }).click();
  const dialog = blois.getByRole('dialog', { name: 'Transférer' });
  await dialog.getByRole('combobox', { name: /Juridiction destinataire/ }).fill('Paris');
  await blois.getByRole('option', { name: /Tribunal judiciaire de Paris/ }).click();
  await dialog.getByRole('textbox', { name: /Motif du transfert/ }).fill('Le siège de la société mise en cause est à Paris (art. 43 CPP).');
  await dialog.getByRole('button', { name: 'Valider' }).click();
  // Blois loses it at once: back to its list, where it is no more; its page is a 404.
  await blois.waitForURL(/\/admin\/saisines$/);
  await blois.getByLabel('Rechercher une saisine').fill(saisine.reference);
  await blois.getByText('Aucune saisine ne correspond à ces filtres').waitFor();
  await blois.goto(`${env.product.baseUrl}/admin/saisines/${saisine.id}/show`);
  await blois.getByText('Saisine introuvable').waitFor();

  const paris = await signedInPage('greffier.paris@justice.test');
  await paris.goto(`${env.product.baseUrl}/admin/saisines`);
  await paris.getByLabel('Rechercher une saisine').fill(saisine.reference);
  await paris.getByText('1-1 sur 1').waitFor();
  await paris.getByRole('cell', { name: saisine.reference }).click();
  await paris.getByRole('heading', { level: 1, name: `Saisine ${saisine.reference}` }).waitFor();
  const timeline = paris.getByRole('region', { name: 'Chronologie' });
  await timeline.getByText(/Le siège de la société mise en cause est à Paris/).waitFor();
  await timeline.getByText(/Vers : Tribunal judiciaire de Paris/).waitFor();
  // Paris registers it anew: that is what its clerk is offered.
  expect(await paris.getByRole('region', { name: 'Actions' }).getByRole('button').allTextContents()).toContain('Enregistrer');
  await blois.context().close();
  await paris.context().close();
});

test('an urgent referral is pushed live to a signed-in Blois clerk’s screen, without reload', async () => {
  const page = await signedInPage('greffier.blois@justice.test');
  // The stream is open (its answer started: the server listens) before the referral is sent.
  const stream = page.waitForResponse((response) => response.url().endsWith('/api/events') && response.status() === 200);
  await page.goto(`${env.product.baseUrl}/admin/saisines`);
  await stream;
  await page.getByRole('columnheader', { name: 'Référence' }).waitFor();
  await page.evaluate(() => {
    (window as unknown as { notReloaded: boolean }).notReloaded = true;
  });

  const urgent = await submit(submission('Urgentix', { urgent: true, urgencyReason: 'Produits dangereux encore en vente' }));
  await page.getByText(`Saisine urgente reçue : ${urgent.reference}`).waitFor();
  await page.getByTestId('annonce-saisines-urgentes').filter({ hasText: `Nouvelle saisine urgente : ${urgent.reference}` }).waitFor({ state: 'attached' });
  // The list refreshed itself: the new referral is at the top (urgent first, then oldest… among open ones).
  await page.getByRole('cell', { name: urgent.reference }).waitFor();
  expect(await page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded)).toBe(true);
  await page.context().close();
});

test('a paper letter entered by the clerk, without e-mail address: it lives like the others', async () => {
  const page = await signedInPage('greffier.blois@justice.test');
  await page.goto(`${env.product.baseUrl}/admin/saisines`);
  await page.getByRole('link', { name: 'Saisir une saisine reçue par courrier ou courriel' }).click();
  await page.getByText('Recopiez le courrier ou le courriel tel qu’il est arrivé', { exact: false }).waitFor();
  // A required field's label ends with « * » (hidden from assistive technologies).
  await page.getByLabel(/^Administration\s*\*?$/).fill('Mairie de Vendôme');
  await page.getByRole('button', { name: 'Enregistrer' }).click();
  // The shared schema's own messages.
  await page.getByText('Ce champ est obligatoire.').first().waitFor();

  await page.getByRole('combobox', { name: 'Type d’administration' }).click();
  await page.getByRole('option', { name: /Collectivité territoriale/ }).click();
  await page.getByLabel('Nom de l’agent').fill('Paul Moreau');
  await page.getByLabel('Fonction de l’agent').fill('Directeur général des services');
  await page.getByRole('combobox', { name: 'Type de saisine' }).click();
  await page.getByRole('option', { name: /Signalement/ }).click();
  await page.getByLabel('Exposé des faits').fill('Détournement de fonds du centre communal d’action sociale constaté lors de la clôture des comptes.');
  await page.getByLabel('Date des faits (ou de début)').fill('2026-02-10');
  await page.getByRole('combobox', { name: /Commune des faits/ }).fill('vendome');
  await page.getByRole('option', { name: 'Vendôme (41100)' }).click();
  await page.getByLabel('Comment l’agent a eu connaissance des faits').fill('Contrôle des comptes');
  // The scanned letter, uploaded through the attachments API before the referral names it.
  await page.locator('input[type=file]').setInputFiles({
    name: 'courrier-mairie.pdf',
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  });
  await page.getByText('courrier-mairie.pdf').first().waitFor();
  await page.getByRole('button', { name: 'Enregistrer' }).click();

  await page.getByRole('heading', { level: 1, name: /^Saisine IP-\d{4}-\d{6}$/ }).waitFor();
  await page.getByText(/Courrier papier/).first().waitFor();
  await page.getByRole('region', { name: 'Chronologie' }).getByText(/Saisie par .+ \(courrier papier\)/).waitFor();
  await page.getByRole('link', { name: /courrier-mairie\.pdf/ }).first().waitFor();
  await page.context().close();
});
