// One jest run for every unit, API and component test (`npm test`).
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, transform: { react: { runtime: 'automatic' } } } }];
const transform = { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc };
// ESM-only packages that jest must transform (msw 2 dependencies, react-admin).
const esm = ['rettime', 'until-async', '@open-draft', 'react-admin', 'ra-[a-z-]+', '@codegouvfr'];
const transformIgnorePatterns = [`/node_modules/(?!(${esm.join('|')})/)`];
// react-admin's own ESM-only dependencies, for the back-office screens.
const backofficeEsm = [...esm, 'react-hotkeys-hook'];

/** @type {import('jest').Config} */
module.exports = {
  // Once for every suite: a scenario built over the API (a dozen submissions and transitions) takes
  // 1 s here and several on a loaded machine; jest's 5 s default then fails tests that are right.
  testTimeout: 20_000,
  projects: [
    { displayName: 'common', testEnvironment: 'node', roots: ['<rootDir>/common'], transform },
    {
      displayName: 'api',
      testEnvironment: 'node',
      roots: ['<rootDir>/api', '<rootDir>/seeders'],
      transform,
      // @faker-js/faker (demo generator) is ESM-only.
      transformIgnorePatterns: ['/node_modules/(?!(@faker-js)/)'],
      globalSetup: '<rootDir>/api/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/api/test/support/global-teardown.mjs',
      setupFilesAfterEnv: ['<rootDir>/api/test/support/per-file-database.ts'],
    },
    {
      displayName: 'form',
      testEnvironment: 'jest-fixed-jsdom',
      roots: ['<rootDir>/form'],
      transform,
      transformIgnorePatterns,
      moduleNameMapper: { '\\.(css|svg|png|woff2?)$': '<rootDir>/tests/support/file-stub.js' },
      setupFilesAfterEnv: ['<rootDir>/tests/support/jsdom-setup.ts', '<rootDir>/form/test/support/setup.ts'],
      testEnvironmentOptions: { customExportConditions: [''] },
    },
    {
      displayName: 'backoffice',
      testEnvironment: 'jest-fixed-jsdom',
      roots: ['<rootDir>/backoffice'],
      transform,
      transformIgnorePatterns: [`/node_modules/(?!(${backofficeEsm.join('|')})/)`],
      moduleNameMapper: { '\\.(css|svg|png|woff2?)$': '<rootDir>/tests/support/file-stub.js' },
      setupFilesAfterEnv: ['<rootDir>/tests/support/jsdom-setup.ts'],
      testEnvironmentOptions: { customExportConditions: [''] },
    },
  ],
};
