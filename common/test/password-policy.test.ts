import { PASSWORD_MESSAGES, passwordChangeSchema, passwordPolicy, validationErrorsByField } from '../src';
import { ValidationError } from 'yup';

describe('passwordPolicy', () => {
  test.each([
    ['court', PASSWORD_MESSAGES.tooShort],
    ['x'.repeat(129), PASSWORD_MESSAGES.tooLong],
    ['motdepasse123', PASSWORD_MESSAGES.common],
    ['MotDePasse2026!', PASSWORD_MESSAGES.common],
    ['P@ssw0rd-2024!', PASSWORD_MESSAGES.common],
    ['azertyuiop123', PASSWORD_MESSAGES.common],
    ['Marseille13!!!', PASSWORD_MESSAGES.common],
    ['123456789012', PASSWORD_MESSAGES.common],
    ['abcdefghijklm', PASSWORD_MESSAGES.common],
    ['zzzzzzzzzzzz', PASSWORD_MESSAGES.common],
    ['chevalchevalcheval', PASSWORD_MESSAGES.common],
  ])('%s is refused', (password, message) => {
    expect(passwordPolicy.check(password)).toBe(message);
  });

  test('a password containing the identifier of the e-mail address is refused', () => {
    const email = 'julien.robert@justice.test';
    expect(passwordPolicy.check('Robert-Verger-Lanterne', { email })).toBe(PASSWORD_MESSAGES.containsIdentifier);
    expect(passwordPolicy.check('xx-julienrobert-xx', { email })).toBe(PASSWORD_MESSAGES.containsIdentifier);
    expect(passwordPolicy.check('Verger-Lanterne-Orage-47', { email })).toBeNull();
  });

  test('the demo password and passphrases are accepted', () => {
    expect(passwordPolicy.check('demo-info-parquet', { email: 'admin@justice.test' })).toBeNull();
    expect(passwordPolicy.check('demo-info-parquet', { email: 'greffier.blois@justice.test' })).toBeNull();
    expect(passwordPolicy.check('cheval correct agrafe batterie')).toBeNull();
  });

  test('the change schema answers per field, in French', async () => {
    const error = await passwordChangeSchema
      .validate({ currentPassword: '', newPassword: 'court' }, { abortEarly: false, context: { email: 'a@b.fr' } })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ValidationError);
    expect(validationErrorsByField(error as ValidationError)).toEqual({
      currentPassword: PASSWORD_MESSAGES.currentRequired,
      newPassword: PASSWORD_MESSAGES.tooShort,
    });
    const same = await passwordChangeSchema
      .validate({ currentPassword: 'Verger-Lanterne-Orage-47', newPassword: 'Verger-Lanterne-Orage-47' }, { abortEarly: false })
      .catch((e: unknown) => e);
    expect(validationErrorsByField(same as ValidationError)).toEqual({ newPassword: PASSWORD_MESSAGES.sameAsCurrent });
  });
});
