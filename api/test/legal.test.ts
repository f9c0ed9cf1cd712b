import request from 'supertest';
import { loadConfig, ConfigError } from '../src/config';
import { DEFAULT_LEGAL } from '../src/legal/settings';
import { createTestContext, type TestContext } from './support/test-app';

// The legal pages' facts: the operator's settings, with defaults, for anyone (no session).
let ctx: TestContext;
beforeAll(() => {
  ctx = createTestContext();
});
afterAll(() => ctx.close());

test('served to anyone, with the defaults and the orphan documents’ real retention', async () => {
  const answer = await request(ctx.app).get('/api/public/informations-legales');
  expect(answer.status).toBe(200);
  expect(answer.headers['cache-control']).toBe('public, max-age=3600');
  expect(answer.body).toEqual({ ...DEFAULT_LEGAL, conservationPiecesNonRattacheesHeures: 24 });
});

test('set by the LEGAL_* variables and RETENTION_SAISINES_YEARS; a wrong retention stops the start', () => {
  const config = loadConfig({ LEGAL_EDITEUR: ' Cour d’appel de Paris ', LEGAL_DPD: 'dpd@exemple.test', RETENTION_SAISINES_YEARS: '10', LEGAL_HEBERGEUR: '' });
  expect(config.legal.editeur).toBe('Cour d’appel de Paris');
  expect(config.legal.delegueProtectionDonnees).toBe('dpd@exemple.test');
  expect(config.legal.conservationSaisinesAnnees).toBe(10);
  expect(config.legal.hebergeur).toBe(DEFAULT_LEGAL.hebergeur);
  expect(() => loadConfig({ RETENTION_SAISINES_YEARS: '0' })).toThrow(ConfigError);
  expect(() => loadConfig({ RETENTION_SAISINES_YEARS: 'dix' })).toThrow(/RETENTION_SAISINES_YEARS/);
});
