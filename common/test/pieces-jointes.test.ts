import { formatBytes, PIECE_JOINTE_MAX_BYTES, SAISINE_PIECES_JOINTES_MAX_BYTES } from '../src';

test.each([
  [0, '0 o'],
  [874, '874 o'],
  [12 * 1024, '12 Ko'],
  [1024 * 1024, '1 Mo'],
  [1.5 * 1024 * 1024, '1,5 Mo'],
  [20 * 1024 * 1024 + 1000, '20 Mo'],
  [7.96 * 1024 * 1024, '8 Mo'],
  [108 * 1024 * 1024, '108 Mo'],
])('%d bytes read « %s »', (bytes, text) => {
  expect(formatBytes(bytes)).toBe(text);
});

test('the limits shown to the agent have no « ,0 »', () => {
  expect(formatBytes(PIECE_JOINTE_MAX_BYTES)).toBe('20 Mo');
  expect(formatBytes(SAISINE_PIECES_JOINTES_MAX_BYTES)).toBe('100 Mo');
});
