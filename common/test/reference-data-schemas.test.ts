import { administrationSchema, isDepartementCode, juridictionEditSchema, schemaErrors } from '../src';

const court = {
  adresse: 'Place de la République, 41000 Blois',
  emailBureauOrdre: 'bureau-ordre.blois@justice.test',
  emailPermanence: 'permanence.blois@justice.test',
  telephonePermanence: '02 54 00 00 00',
  urgenceDelaiMinutes: 120,
  active: true,
};

describe('a court as the national administrator edits it', () => {
  test('valid values pass; addresses are trimmed and lower-cased', () => {
    expect(schemaErrors(juridictionEditSchema, court)).toEqual({});
    expect(juridictionEditSchema.validateSync({ ...court, emailPermanence: ' Permanence@Justice.test ' }).emailPermanence).toBe('permanence@justice.test');
  });

  test('each field says what is wrong, in French', () => {
    expect(
      schemaErrors(juridictionEditSchema, { ...court, emailBureauOrdre: '', emailPermanence: 'pas-une-adresse', telephonePermanence: 'abc', urgenceDelaiMinutes: 10.5 }),
    ).toEqual({
      emailBureauOrdre: 'Indiquez l’adresse du bureau d’ordre.',
      emailPermanence: 'L’adresse de la permanence : adresse électronique invalide.',
      telephonePermanence: 'Numéro de téléphone invalide.',
      urgenceDelaiMinutes: 'Indiquez un nombre entier de minutes.',
    });
    expect(schemaErrors(juridictionEditSchema, { ...court, urgenceDelaiMinutes: 10 })).toEqual({ urgenceDelaiMinutes: 'Au moins 15 minutes.' });
    expect(schemaErrors(juridictionEditSchema, { ...court, urgenceDelaiMinutes: 5000 })).toEqual({ urgenceDelaiMinutes: 'Au plus 4320 minutes (3 jours).' });
  });
});

describe('an administration', () => {
  const base = { nom: 'URSSAF Centre-Val de Loire', kind: 'securite_sociale' };

  test('SIRET: spaces removed, Luhn key checked; empty allowed', () => {
    expect(administrationSchema.validateSync({ ...base, siret: '732 829 320 00074' }).siret).toBe('73282932000074');
    expect(schemaErrors(administrationSchema, { ...base, siret: '73282932000075' })).toEqual({ siret: 'SIRET invalide : 14 chiffres avec une clé de contrôle exacte.' });
    expect(schemaErrors(administrationSchema, { ...base, siret: '' })).toEqual({});
  });

  test('kind from the shared list, department code of France (Corsica and overseas included)', () => {
    expect(schemaErrors(administrationSchema, { ...base, kind: 'ministere_magie' })).toEqual({ kind: 'Type d’administration inconnu.' });
    expect(['41', '2A', '974', '988'].every(isDepartementCode)).toBe(true);
    expect(['4', '2C', '999', '41 ', ''].some(isDepartementCode)).toBe(false);
    expect(administrationSchema.validateSync({ ...base, departementCode: '2a' }).departementCode).toBe('2A');
    expect(administrationSchema.validateSync({ ...base, departementCode: '' }).departementCode).toBeNull();
  });
});
