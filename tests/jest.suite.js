// What the product-level suites share (browser journeys, faults, production path): the real
// product started by the tests, TypeScript through swc, one file at a time.
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript' } } }];

/** @returns {import('jest').Config} */
module.exports = function productSuite(folder, testTimeout) {
  return {
    rootDir: __dirname,
    displayName: folder,
    testEnvironment: 'node',
    roots: [`<rootDir>/${folder}`],
    transform: { '^.+\\.(t|j)sx?$': swc, '^.+\\.mjs$': swc },
    // @faker-js/faker (the demo generator, reached through the API's modules) is ESM-only.
    transformIgnorePatterns: ['/node_modules/(?!(@faker-js)/)'],
    testTimeout,
    maxWorkers: 1,
  };
};
