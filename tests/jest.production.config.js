// `npm run test:production`: the product as in production (Debian's PostgreSQL and nginx with TLS, two API processes).
module.exports = require('./jest.suite')('production', 120_000);
