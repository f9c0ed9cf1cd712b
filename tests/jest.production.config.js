// `npm run test:production`: the product as in production (Debian's PostgreSQL and nginx with TLS, two API processes).
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' } } }];

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  displayName: 'production',
  testEnvironment: 'node',
  roots: ['<rootDir>/production'],
  transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
  transformIgnorePatterns: ['/node_modules/(?!(@faker-js)/)'],
  testTimeout: 120_000,
  maxWorkers: 1,
};
