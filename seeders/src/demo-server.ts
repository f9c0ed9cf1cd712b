import { runServer } from '@info-parquet/api/src/server';
import { seedDemoAccounts } from './demo-accounts';
import { generateSaisines } from './demo-saisines';

/**
 * `npm start`: the product in its default mode — the API's own server (api/src/server.ts) handed
 * the demo generator, which fills the embedded PostgreSQL with demo accounts and referrals on its
 * first start. Production runs api/src/server.ts (bundled: api/dist/server.js), without the demo.
 */
void runServer({ seedAccounts: seedDemoAccounts, generateSaisines });
