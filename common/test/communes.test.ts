import { communeLabel, normalizeCommuneName, stripAccents } from '../src/communes';

describe('communeLabel: a commune named by its postal code, as the form and the back-office show it', () => {
  test('one postal code', () => expect(communeLabel('Blois', ['41000'], '41')).toBe('Blois (41000)'));
  test('several: the first, and an ellipsis', () => expect(communeLabel('Tours', ['37000', '37100', '37200'], '37')).toBe('Tours (37000…)'));
  test('none known: the fallback (the department)', () => {
    expect(communeLabel('Île-de-Sein', [], '29')).toBe('Île-de-Sein (29)');
    expect(communeLabel('Île-de-Sein', null, '29')).toBe('Île-de-Sein (29)');
  });
});

test('accents and ligatures are stripped for search', () => {
  expect(stripAccents('Œuilly-Saint-Éloi')).toBe('OEuilly-Saint-Eloi');
  expect(normalizeCommuneName('Saint-Étienne')).toBe(normalizeCommuneName('saint etienne'));
});
