// The demo generator: demo accounts and generated referrals (the reference data is the API's own:
// api/src/reference-data/).
export { seedDemoAccounts, DEMO_ACCOUNTS, DEMO_PASSWORD, DEMO_TOTP_SECRET } from './demo-accounts';
export { generateSaisines, DEFAULT_SEED, type GenerateSaisinesOptions, type GenerateSaisinesReport } from './demo-saisines';
