// Browser journeys (`npm run test:e2e`): the real product, Debian's Chromium, one file at a time.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' } } }];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  displayName: 'e2e',
  testEnvironment: 'node',
  roots: ['<rootDir>/e2e'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  testTimeout: 180_000,
  maxWorkers: 1,
};
