import { responseProblem } from './support/openapi-responses';

/** The check every API test's answers go through (support/test-app.ts) catches what it must. */
describe('answers checked against the OpenAPI document', () => {
  test('a documented status with a body of the documented shape passes', () => {
    expect(responseProblem('GET', '/api/health', 200, { status: 'ok', checks: { database: 'ok', disk: 'ok' } })).toBeNull();
    expect(responseProblem('POST', '/api/saisines/5c0c6f0e-0000-4000-8000-000000000000/transitions', 403, { message: 'Non.' })).toBeNull();
  });

  test('a body that does not match its schema is reported, with the field', () => {
    expect(responseProblem('GET', '/api/health', 200, { status: 'en forme', checks: {} })).toMatch(/GET \/health → 200: body\/status must be equal to constant/);
    expect(responseProblem('POST', '/api/auth/login', 401, { errors: {} })).toMatch(/must have required property 'message'/);
  });

  test('a status the operation does not document is reported', () => {
    expect(responseProblem('GET', '/api/public/juridictions', 404, { message: 'x' })).toMatch(/status absent from the document/);
  });

  test('a literal path wins over a parameter, and unknown routes are left to their own tests', () => {
    expect(responseProblem('GET', '/api/saisines/counts?x=1', 418, {})).toMatch(/^GET \/saisines\/counts → 418/);
    expect(responseProblem('GET', '/api/inconnue', 404, { message: 'x' })).toBeNull();
  });
});
