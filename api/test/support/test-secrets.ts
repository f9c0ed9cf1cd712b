/**
 * The session secret of every test app. The template database is seeded with it too: the demo
 * administrator's TOTP secret is sealed with a key derived from it.
 */
export const TEST_SESSION_SECRET = 'a-test-secret-of-at-least-thirty-two-characters';
