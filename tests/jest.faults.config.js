// Fault tests (`npm run test:faults`): the product killed under load, its disk filled; its own embedded PostgreSQL, one file at a time.
module.exports = require('./jest.suite')('faults', 300_000);
