// The demo side of the seeders (accounts and generated referrals), loaded on demand by the API.
export { seedDemoAccounts } from './demo-accounts';
export { generateSaisines } from './demo-saisines';
