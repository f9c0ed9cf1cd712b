import { screen } from '@testing-library/react';
import type { UserEvent } from '@testing-library/user-event';

/** Labels carry an asterisk and a hint: match them by their beginning. */
export const byLabel = (start: string) => screen.getByLabelText(new RegExp(`^${start}`));

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

/**
 * Fills every required field with valid values; the commune is Blois, whose court the data decides
 * (`court: null` when the test makes the routing fail).
 */
export async function fillValidSaisine(user: UserEvent, { court = 'Tribunal judiciaire de Blois' }: { court?: string | null } = {}) {
  await user.click(screen.getByLabelText('Signalement (article 40 du code de procédure pénale)'));
  await enter(user, 'Administration', 'Direction départementale des finances publiques de Loir-et-Cher');
  await user.selectOptions(byLabel('Type d’administration'), 'dgfip');
  await enter(user, 'Service', 'Pôle de contrôle fiscal');
  await enter(user, 'Prénom et nom de l’agent', 'Camille Martin');
  await enter(user, 'Fonction', 'Inspectrice des finances publiques');
  await enter(user, 'Adresse électronique professionnelle', 'camille.martin@dgfip.finances.gouv.fr');
  await enter(user, 'Description des faits', 'Minoration massive du chiffre d’affaires déclaré depuis 2024.');
  await user.type(byLabel('Date des faits'), '2026-01-14');
  await enter(user, 'Comment avez-vous eu connaissance des faits', 'Constaté lors d’un contrôle sur place');
  await chooseCommune(user, 'Blo', 'Blois (41000)');
  if (court) await screen.findByText(court);
}
