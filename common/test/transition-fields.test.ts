import {
  availableTransitions,
  checkTransitionFields,
  isRoleRefusal,
  normalizeNumeroParquet,
  NUMERO_PARQUET_MESSAGE,
  NUMERO_PARQUET_PATTERN,
  transitionRefusal,
} from '../src';

describe('numéro parquet', () => {
  test.each([
    ['26/123/45', '26/123/45'],
    [' 26 / 123 / 045 ', '26/123/45'],
    ['26123000045', '26/123/45'],
    ['26/001/1', '26/001/1'],
    ['26/000/1', null],
    ['26/367/1', null],
    ['26/123/0', null],
    ['2026/123/45', null],
    ['26-123-45', null],
    ['', null],
  ])('%j → %j', (input, expected) => expect(normalizeNumeroParquet(input)).toBe(expected));

  test('the canonical form matches the pattern that the demo generator follows', () => {
    expect(NUMERO_PARQUET_PATTERN.test(normalizeNumeroParquet('26123000045')!)).toBe(true);
  });
});

describe('transition fields', () => {
  test('registration needs a valid numéro parquet, stored canonical; other fields are dropped', () => {
    expect(checkTransitionFields('recue', 'enregistree', 'greffier', {}).errors).toEqual({ numeroParquet: 'Indiquez le numéro parquet.' });
    expect(checkTransitionFields('recue', 'enregistree', 'greffier', { numeroParquet: 'x' }).errors).toEqual({
      numeroParquet: NUMERO_PARQUET_MESSAGE,
    });
    expect(checkTransitionFields('recue', 'enregistree', 'greffier', { numeroParquet: '26123000045', message: 'ignored' })).toEqual({
      values: { numeroParquet: '26/123/45' },
      errors: {},
    });
    // Resuming after a complement asks for nothing.
    expect(checkTransitionFields('complement_demande', 'enregistree', 'greffier', {})).toEqual({ values: {}, errors: {} });
  });

  test('a decision: classement needs a listed reason, alternative its measure; a clerk names the prosecutor', () => {
    const id = '0b6b1f7e-0000-4000-8000-00000000000a';
    expect(checkTransitionFields('attribuee', 'decidee', 'magistrat', { decision: 'classement' }).errors).toEqual({
      classementReason: 'Choisissez le motif du classement sans suite.',
    });
    expect(Object.keys(checkTransitionFields('attribuee', 'decidee', 'magistrat', { decision: 'alternative' }).errors)).toEqual(['decisionDetail']);
    expect(Object.keys(checkTransitionFields('attribuee', 'decidee', 'greffier', { decision: 'poursuites' }).errors)).toEqual(['onBehalfOfId']);
    expect(
      checkTransitionFields('attribuee', 'decidee', 'greffier', { decision: 'classement', classementReason: 'auteur_inconnu', onBehalfOfId: id }),
    ).toEqual({ values: { decision: 'classement', decisionDetail: '', classementReason: 'auteur_inconnu', onBehalfOfId: id }, errors: {} });
  });

  test('a transfer needs a court and a reason; texts are trimmed and bounded', () => {
    expect(Object.keys(checkTransitionFields('recue', 'transferee', 'magistrat', { reason: '  ' }).errors)).toEqual(['juridictionId', 'reason']);
    expect(checkTransitionFields('recue', 'transferee', 'magistrat', { juridictionId: 'tj-paris', reason: ' Compétence ' }).values).toEqual({
      juridictionId: 'tj-paris',
      reason: 'Compétence',
    });
    expect(checkTransitionFields('recue', 'complement_demande', 'greffier', { message: 'x'.repeat(5001) }).errors.message).toMatch(/5000/);
  });
});

describe('leaving complement_demande', () => {
  test('goes back only to the status it had when the complement was asked', () => {
    expect(availableTransitions('complement_demande', 'greffier', 'attribuee').map((r) => r.to)).toEqual(['attribuee', 'transferee']);
    expect(availableTransitions('complement_demande', 'greffier').map((r) => r.to)).toEqual(['recue', 'enregistree', 'attribuee', 'transferee']);
    expect(transitionRefusal('complement_demande', 'enregistree', 'greffier', 'attribuee')).toMatch(/« Attribuée »/);
    expect(transitionRefusal('complement_demande', 'attribuee', 'greffier', 'attribuee')).toBeNull();
  });

  test('a refusal says whether the role or the status is at fault, with French status labels', () => {
    expect(isRoleRefusal('recue', 'enregistree', 'magistrat')).toBe(true);
    expect(isRoleRefusal('recue', 'decidee', 'magistrat')).toBe(false);
    expect(transitionRefusal('recue', 'decidee', 'magistrat')).toBe('Une saisine au statut « Reçue » ne peut pas passer au statut « Décidée ».');
  });
});
