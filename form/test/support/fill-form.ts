import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';
import { STEPS, type StepId } from '../../src/saisine/steps/steps';

/** Labels carry an asterisk and a hint: match them by their beginning. */
export const byLabel = (start: string) => screen.getByLabelText(new RegExp(`^${start}`));

/** The DSFR error message shown under a field (its input group carries the error state). */
export function errorOf(field: HTMLElement): string | null {
  const group = field.closest('.fr-input-group, .fr-select-group, .fr-fieldset');
  return group?.querySelector('.fr-message--error, .fr-error-text')?.textContent ?? null;
}

/** Enters a text in one go (typing char by char costs ~25 ms a key in jsdom). */
export async function enter(user: UserEvent, label: string, text: string) {
  await user.click(byLabel(label));
  await user.paste(text);
}

/** Types a commune and picks it among the suggestions. */
export async function chooseCommune(user: UserEvent, typed: string, option: string) {
  await user.type(byLabel('Commune des faits'), typed);
  await user.click(await screen.findByRole('option', { name: option }));
}

/** The title of the step shown (the DSFR stepper's heading, "Votre service Étape 1 sur 7"). */
export const stepHeading = (title: string) => screen.getByRole('heading', { level: 2, name: new RegExp(`^${title}`) });

/** Clicks "Suivant" and waits for the next step's title. */
export async function next(user: UserEvent, expected: StepId) {
  await user.click(screen.getByRole('button', { name: 'Suivant' }));
  const title = STEPS.find((step) => step.id === expected)!.title;
  return screen.findByRole('heading', { level: 2, name: new RegExp(`^${title}`) });
}

export const send = (user: UserEvent) => user.click(screen.getByRole('button', { name: 'Envoyer la saisine' }));

export async function fillSender(user: UserEvent) {
  await enter(user, 'Administration', 'Direction départementale des finances publiques de Loir-et-Cher');
  await user.selectOptions(byLabel('Type d’administration'), 'dgfip');
  await enter(user, 'Service', 'Pôle de contrôle fiscal');
  await enter(user, 'Prénom et nom de l’agent', 'Camille Martin');
  await enter(user, 'Fonction', 'Inspectrice des finances publiques');
  await enter(user, 'Adresse électronique professionnelle', 'camille.martin@dgfip.finances.gouv.fr');
}

export async function fillFacts(user: UserEvent, { court = 'Tribunal judiciaire de Blois' }: { court?: string | null } = {}) {
  await enter(user, 'Description des faits', 'Minoration massive du chiffre d’affaires déclaré depuis 2024.');
  await user.type(byLabel('Date des faits'), '2026-01-14');
  await enter(user, 'Comment avez-vous eu connaissance des faits', 'Constaté lors d’un contrôle sur place');
  await chooseCommune(user, 'Blo', 'Blois (41000)');
  if (court) await screen.findByText(court);
}

/**
 * Fills every required field with valid values, step by step, up to the step `until` (the summary
 * by default); the commune is Blois, whose court the data decides (`court: null` when the test
 * makes the routing fail).
 */
export async function fillValidSaisine(
  user: UserEvent,
  { court = 'Tribunal judiciaire de Blois', until = 'recapitulatif' }: { court?: string | null; until?: StepId } = {},
) {
  const steps: [StepId, () => Promise<unknown>][] = [
    ['service', () => fillSender(user)],
    ['nature', () => user.click(screen.getByLabelText('Signalement (article 40 du code de procédure pénale)'))],
    ['faits', () => fillFacts(user, { court })],
  ];
  const order = STEPS.map((step) => step.id);
  for (const id of order.slice(0, order.indexOf(until))) {
    await steps.find(([step]) => step === id)?.[1]();
    await next(user, order[order.indexOf(id) + 1]);
  }
}

/** From a corrected step, back to the summary: "Revenir au récapitulatif" when offered, else "Suivant" step after step. */
export async function toSummary(user: UserEvent) {
  const back = screen.queryByRole('button', { name: 'Revenir au récapitulatif' });
  if (back) {
    await user.click(back);
  } else {
    while (!screen.queryByRole('button', { name: 'Envoyer la saisine' })) {
      await user.click(screen.getByRole('button', { name: 'Suivant' }));
      await screen.findByRole('heading', { level: 2 });
    }
  }
  return screen.findByRole('heading', { level: 2, name: /^Récapitulatif/ });
}
