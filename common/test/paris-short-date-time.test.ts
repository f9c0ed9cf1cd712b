import { formatParisShortDateTime } from '../src/dates';

test('an instant in Paris time, summer and winter, whatever the zone of the machine', () => {
  expect(formatParisShortDateTime('2026-09-14T14:05:00Z')).toBe('14/09/2026 16:05');
  expect(formatParisShortDateTime(new Date('2026-01-15T23:30:00Z'))).toBe('16/01/2026 00:30');
});

test('nothing, or not a date: an empty string', () => {
  expect(formatParisShortDateTime(null)).toBe('');
  expect(formatParisShortDateTime('')).toBe('');
  expect(formatParisShortDateTime('hier')).toBe('');
});
