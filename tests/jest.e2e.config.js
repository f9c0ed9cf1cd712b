// Browser journeys (`npm run test:e2e`): the real product, Debian's Chromium, one file at a time.
module.exports = require('./jest.suite')('e2e', 180_000);
