import { CLASSEMENT_RECOURS_MENTION, decisionFacts } from '../src';

// One reading of the decision for the tracking page, the sender's mail and the back-office.
test('nothing until the prosecutor has decided, whatever the other columns hold', () => {
  expect(decisionFacts({ decision: null, decisionDetail: 'brouillon', classementReason: 'absence_infraction' })).toEqual({
    decision: null,
    decisionLabel: null,
    decisionDetail: null,
    classementReason: null,
    classementReasonLabel: null,
    appealMention: null,
  });
});

test('a classement carries its reason and the appeal; another decision neither', () => {
  const classement = decisionFacts({ decision: 'classement', decisionDetail: '', classementReason: 'absence_infraction' });
  expect(classement.decisionLabel).toMatch(/classement/i);
  expect(classement.classementReasonLabel).toBeTruthy();
  expect(classement.appealMention).toBe(CLASSEMENT_RECOURS_MENTION);
  expect(classement.decisionDetail).toBeNull();

  const alternative = decisionFacts({ decision: 'alternative', decisionDetail: 'Rappel à la loi', classementReason: 'absence_infraction' });
  expect(alternative.classementReason).toBeNull();
  expect(alternative.appealMention).toBeNull();
  expect(alternative.decisionDetail).toBe('Rappel à la loi');
});
