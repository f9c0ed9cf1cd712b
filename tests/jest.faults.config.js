// Fault tests (`npm run test:faults`): the product killed under load; its own embedded PostgreSQL, one file at a time.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' } } }];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  displayName: 'faults',
  testEnvironment: 'node',
  roots: ['<rootDir>/faults'],
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@faker-js)/)'],
  testTimeout: 300_000,
  maxWorkers: 1,
};
