import {
  administrationSchema,
  EMAIL_INVALID_MESSAGE,
  isValidEmail,
  juridictionEditSchema,
  saisieGreffeSchema,
  senderSchema,
  userAccountErrors,
} from '../src';

const VALID = [
  'prenom.nom@administration.gouv.fr',
  'camille.martin@dgfip.finances.gouv.fr',
  'o’brien+urssaf@urssaf.fr'.replace('’', "'"),
  'bureau-ordre.blois@justice.test',
  'Lucie.Bernard@DREETS.gouv.fr',
  'agent@mairie-saint-étienne.fr',
  '  lucie@dreets.gouv.fr  ',
];

const INVALID = [
  'claire.martin@dgfip',
  'x@y',
  'lucie@',
  '@dreets.gouv.fr',
  'lucie.dreets.gouv.fr',
  'lucie@@dreets.gouv.fr',
  'lucie bernard@dreets.gouv.fr',
  'lucie@dreets .gouv.fr',
  'lucie@dreets.gouv.f',
  'lucie@dreets.gouv.f1',
  'lucie@dreets..gouv.fr',
  'lucie@.dreets.gouv.fr',
  'lucie@-dreets.gouv.fr',
  '.lucie@dreets.gouv.fr',
  'lucie..bernard@dreets.gouv.fr',
  '<lucie@dreets.gouv.fr>',
  `${'a'.repeat(250)}@x.fr`,
  '',
];

test.each(VALID)('%j is a valid address', (email) => {
  expect(isValidEmail(email)).toBe(true);
});

test.each(INVALID)('%j is refused', (email) => {
  expect(isValidEmail(email)).toBe(false);
});

test('a non-string is refused', () => {
  expect(isValidEmail(undefined)).toBe(false);
  expect(isValidEmail(42)).toBe(false);
});

const sender = {
  administration: 'DGFiP',
  administrationKind: 'dgfip',
  agentName: 'Claire Martin',
  agentFunction: 'Inspectrice',
};

test.each(['claire.martin@dgfip', 'x@y'])('every schema with an e-mail refuses %j', async (email) => {
  await expect(senderSchema.validate({ ...sender, email })).rejects.toThrow(EMAIL_INVALID_MESSAGE);
  await expect(administrationSchema.validateAt('email', { email })).rejects.toThrow(EMAIL_INVALID_MESSAGE);
  await expect(saisieGreffeSchema.validateAt('sender.email', { sender: { email } })).rejects.toThrow(EMAIL_INVALID_MESSAGE);
  await expect(juridictionEditSchema.validateAt('emailBureauOrdre', { emailBureauOrdre: email })).rejects.toThrow(
    'L’adresse du bureau d’ordre : adresse électronique invalide.',
  );
  await expect(juridictionEditSchema.validateAt('emailPermanence', { emailPermanence: email })).rejects.toThrow(
    'L’adresse de la permanence : adresse électronique invalide.',
  );
  expect(userAccountErrors({ email, displayName: 'Claire Martin', role: 'admin_national', juridictionId: null, active: true })).toEqual({
    email: 'Indiquez une adresse électronique valide.',
  });
});

test('a valid address is trimmed and lower-cased; the clerk and an administration may leave it empty', async () => {
  expect((await senderSchema.validate({ ...sender, email: ' Claire.Martin@DGFiP.Finances.Gouv.fr ' })).email).toBe(
    'claire.martin@dgfip.finances.gouv.fr',
  );
  expect(await administrationSchema.validateAt('email', { email: '' })).toBe('');
  expect(await saisieGreffeSchema.validateAt('sender.email', { sender: { email: '' } })).toBe('');
  await expect(senderSchema.validateAt('email', { email: '' })).rejects.toThrow('Ce champ est obligatoire.');
});
