import { SUIVI_MESSAGE_EMPTY, SUIVI_MESSAGE_MAX_LENGTH, SUIVI_MESSAGE_MAX_PIECES, suiviMessageSchema } from '../src';

// The sender's message through the tracking link: one schema for the form and the API.
const ID = '0b4f7a52-5d0e-4c4b-9f44-7b4c1b1d2e01';
const errorOf = (value: unknown) =>
  suiviMessageSchema.validate(value, { abortEarly: false }).then(
    () => null,
    (error: { errors: string[] }) => error.errors,
  );

test('a message, documents, or both; the message trimmed', async () => {
  expect(await suiviMessageSchema.validate({ message: '  Voici la pièce.  ' })).toEqual({ message: 'Voici la pièce.', attachmentIds: [] });
  expect(await suiviMessageSchema.validate({ attachmentIds: [ID] })).toEqual({ message: '', attachmentIds: [ID] });
});

test('nothing to send, too long, too many documents or a malformed id: each said in French', async () => {
  expect(await errorOf({ message: '   ' })).toEqual([SUIVI_MESSAGE_EMPTY]);
  expect(await errorOf({})).toEqual([SUIVI_MESSAGE_EMPTY]);
  expect(await errorOf({ message: 'x'.repeat(SUIVI_MESSAGE_MAX_LENGTH + 1) })).toEqual([`Le message ne peut dépasser ${SUIVI_MESSAGE_MAX_LENGTH} caractères.`]);
  expect(await errorOf({ attachmentIds: Array(SUIVI_MESSAGE_MAX_PIECES + 1).fill(ID) })).toEqual([`Au plus ${SUIVI_MESSAGE_MAX_PIECES} pièces jointes par envoi.`]);
  expect(await errorOf({ message: 'ok', attachmentIds: ['../etc/passwd'] })).toEqual(['Liste de pièces jointes invalide.']);
});
