import { ValidationError } from 'yup';
import { guardTypes, saisineSchema, TYPE_MESSAGES } from '../src';
import { validSubmission } from '../../api/test/support/fixtures';

test('a valid submission passes unchanged', () => {
  const submission = validSubmission();
  expect(guardTypes(saisineSchema, submission)).toEqual({ value: submission, errors: {} });
});

test('every field of the wrong type, unknown field and control character is named, in French', () => {
  const base = validSubmission();
  const { errors } = guardTypes(saisineSchema, {
    ...base,
    urgent: 'oui',
    juridictionId: [],
    sender: { ...base.sender, email: {} },
    facts: { ...base.facts, narrative: ['x'], address: 'a\u0000b' },
    persons: [{ role: 'victime', type: 'morale', name: 'SARL', siret: {} }, 'personne'],
    attachmentIds: 'abc',
    extra: 1,
  });
  expect(errors).toEqual({
    urgent: TYPE_MESSAGES.boolean,
    juridictionId: TYPE_MESSAGES.string,
    'sender.email': TYPE_MESSAGES.string,
    'facts.narrative': TYPE_MESSAGES.string,
    'facts.address': TYPE_MESSAGES.control,
    'persons[0].siret': TYPE_MESSAGES.string,
    'persons[1]': TYPE_MESSAGES.object,
    attachmentIds: TYPE_MESSAGES.array,
    extra: TYPE_MESSAGES.unknown,
  });
});

test('null means absent where null is not accepted; kept where it is', () => {
  const base = validSubmission();
  const { value, errors } = guardTypes<Record<string, unknown>>(saisineSchema, { ...base, urgencyReason: null, juridictionId: null, facts: { ...base.facts, endDate: null } });
  expect(errors).toEqual({});
  expect(value).not.toHaveProperty('urgencyReason');
  expect(value.juridictionId).toBeNull();
  expect((value.facts as Record<string, unknown>).endDate).toBeNull();
});

test('a prototype key is an unknown field, not a prototype', () => {
  const hostile = JSON.parse(`{"kind":"plainte","__proto__":{"admin":true},"constructor":{"x":1}}`);
  const { value, errors } = guardTypes<Record<string, unknown>>(saisineSchema, hostile);
  expect(errors).toMatchObject({ ['__proto__']: TYPE_MESSAGES.unknown, constructor: TYPE_MESSAGES.unknown });
  expect(Object.getPrototypeOf(value)).toBe(Object.prototype);
  expect(({} as Record<string, unknown>).admin).toBeUndefined();
});

test('yup speaks French where a rule has no message of its own', async () => {
  const error = await saisineSchema.validate({ ...validSubmission(), kind: undefined, persons: new Array(101).fill(validSubmission().persons[0]) }, { abortEarly: false }).catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ValidationError);
  for (const message of (error as ValidationError).errors) expect(message).not.toMatch(/\b(is a required field|must be|cannot be null)\b/);
});
