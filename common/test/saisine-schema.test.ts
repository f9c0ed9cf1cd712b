import { ValidationError } from 'yup';
import { saisineSchema, validationErrorsByField, todayInParis } from '../src';

const valid = () => ({
  kind: 'proces_verbal',
  urgent: false,
  sender: {
    administration: 'DREETS Centre-Val de Loire',
    administrationKind: 'inspection_travail',
    agentName: 'Lucie Bernard',
    agentFunction: 'Inspectrice du travail',
    email: 'Lucie.Bernard@dreets.gouv.fr',
  },
  facts: {
    narrative: 'Six salariés non déclarés travaillaient sur le chantier lors du contrôle.',
    startDate: '2026-03-02',
    communeInsee: '41018',
    knowledge: 'Contrôle de chantier',
  },
  persons: [{ role: 'mis_en_cause', type: 'morale', name: 'BTP Loire SAS', siret: '732 829 320 00074' }],
});

async function errorsOf(value: unknown): Promise<Record<string, string>> {
  try {
    await saisineSchema.validate(value, { abortEarly: false, stripUnknown: true });
    return {};
  } catch (error) {
    return validationErrorsByField(error as ValidationError);
  }
}

test('a valid referral passes, with defaults filled and unknown keys stripped', async () => {
  const result = await saisineSchema.validate({ ...valid(), hacker: 'x' }, { stripUnknown: true });
  expect(result).not.toHaveProperty('hacker');
  expect(result.sender.email).toBe('lucie.bernard@dreets.gouv.fr');
  expect(result.attachmentIds).toEqual([]);
  expect(result.facts.endDate).toBeNull();
  expect(result.urgencyReason).toBe('');
});

test.each([
  ['kind', { kind: 'courrier' }, 'kind', 'Type de saisine inconnu.'],
  ['urgency without reason', { urgent: true }, 'urgencyReason', 'Indiquez le motif de l’urgence.'],
  ['court choice too long', { juridictionId: 'x'.repeat(101) }, 'juridictionId', undefined],
  ['NATINF', { natinf: 'ABC' }, 'natinf', 'Code NATINF invalide (1 à 5 chiffres).'],
])('%s is checked', async (_name, patch, field, message) => {
  const errors = await errorsOf({ ...valid(), ...patch });
  expect(Object.keys(errors)).toEqual([field]);
  if (message) expect(errors[field]).toBe(message);
});

test.each([
  ['administration', '', 'Ce champ est obligatoire.'],
  ['administrationKind', 'mairie', 'Type d’administration inconnu.'],
  ['email', 'lucie@', 'Adresse électronique invalide (exemple : prenom.nom@administration.gouv.fr).'],
  ['email', 'claire.martin@dgfip', 'Adresse électronique invalide (exemple : prenom.nom@administration.gouv.fr).'],
  ['phone', 'abc', 'Numéro de téléphone invalide.'],
  ['agentName', '   ', 'Ce champ est obligatoire.'],
])('sender.%s = %j is refused', async (field, value, message) => {
  const body = valid();
  const errors = await errorsOf({ ...body, sender: { ...body.sender, [field]: value } });
  expect(errors).toEqual({ [`sender.${field}`]: message });
});

test.each([
  ['narrative', 'court', 'Décrivez les faits en 20 caractères au moins.'],
  ['startDate', '2026-02-30', 'La date des faits : date invalide (format AAAA-MM-JJ).'],
  ['startDate', '2999-01-01', 'La date des faits ne peut pas être dans le futur.'],
  ['endDate', '2026-01-01', 'La date de fin doit suivre la date de début.'],
  ['communeInsee', '4101', 'Code commune INSEE invalide.'],
  ['communeInsee', '', 'Choisissez la commune des faits.'],
  ['knowledge', '', 'Ce champ est obligatoire.'],
])('facts.%s = %j is refused', async (field, value, message) => {
  const body = valid();
  const errors = await errorsOf({ ...body, facts: { ...body.facts, [field]: value } });
  expect(errors).toEqual({ [`facts.${field}`]: message });
});

test('Corsican INSEE codes and today are accepted', async () => {
  const body = valid();
  expect(await errorsOf({ ...body, facts: { ...body.facts, communeInsee: '2A004', startDate: todayInParis() } })).toEqual({});
});

test.each([
  [{ role: 'mis_en_cause', type: 'physique', firstName: 'Jean' }, 'persons[0].lastName', 'Indiquez le nom de la personne.'],
  [{ role: 'mis_en_cause', type: 'morale', siret: '' }, 'persons[0].name', 'Indiquez la dénomination de la personne morale.'],
  [{ role: 'mis_en_cause', type: 'morale', name: 'X', siret: '73282932000075' }, 'persons[0].siret', 'SIRET invalide (14 chiffres avec une clé valide).'],
  [{ role: 'victime', type: 'physique', lastName: 'Roy', birthDate: '1850-01-01' }, 'persons[0].birthDate', 'Date de naissance invraisemblable.'],
  [{ role: 'suspect', type: 'physique', lastName: 'Roy' }, 'persons[0].role', 'Rôle inconnu.'],
])('person %j is refused', async (person, field, message) => {
  expect(await errorsOf({ ...valid(), persons: [person] })).toEqual({ [field]: message });
});

test('attachment ids must be UUIDs', async () => {
  expect(await errorsOf({ ...valid(), attachmentIds: ['../etc/passwd'] })).toEqual({
    'attachmentIds[0]': 'Identifiant de pièce jointe invalide.',
  });
});
